import type { DocumentDto } from '@tandem/protocol';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LeadersPairChip } from '../workspace';
import { DocumentTypeBadge } from './DocumentList';
import { ExportMenu } from './ExportMenu';

/** A clock turning back: version history, as in most editors. */
function HistoryIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path
        d="M3.5 10a6.5 6.5 0 1 0 1.9-4.6M3.5 3.5v3h3M10 6.5V10l2.5 1.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * One compact row: where you are (Documents / title, type) and, on the right, `tools` beside
 * Export (Import from Word), then `children` (connection state, people). It stays on screen while
 * the document scrolls.
 */
export function DocumentHeader({
  document,
  tools,
  children,
}: {
  document: DocumentDto;
  tools?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <header className="document-header">
      <nav className="document-header__trail" aria-label={t('document.breadcrumb')}>
        <Link to="/" className="document-header__back">
          {t('document.back')}
        </Link>
        <span className="document-header__separator" aria-hidden="true">
          /
        </span>
        <h1 className="document-header__title" title={document.title}>
          {document.title}
        </h1>
        <DocumentTypeBadge type={document.type} />
        {document.workspaceId && <LeadersPairChip workspaceId={document.workspaceId} />}
      </nav>
      <div className="document-header__aside">
        {tools}
        <ExportMenu document={document} />
        <Link
          to={`/d/${document.id}/history`}
          className="document-header__history"
          title={t('history.openHint')}
          aria-label={t('history.open')}
          data-testid="open-history"
        >
          <HistoryIcon />
        </Link>
        {children}
      </div>
    </header>
  );
}
