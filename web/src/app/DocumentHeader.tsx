import type { DocumentDto } from '@tandem/protocol';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LeadersPairChip } from '../workspace';
import { DocumentTypeBadge } from './DocumentList';

/**
 * One compact row: where you are (Documents / title, type) and, on the right, `children`
 * (connection state, people). It stays on screen while the document scrolls.
 */
export function DocumentHeader({
  document,
  children,
}: {
  document: DocumentDto;
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
      {children && <div className="document-header__aside">{children}</div>}
    </header>
  );
}
