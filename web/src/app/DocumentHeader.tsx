import type { DocumentDto } from '@tandem/protocol';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DocumentTypeBadge } from './DocumentList';

/** Back link, title and type of the open document; `children` go on the right (status, people). */
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
      <div className="document-header__main">
        <Link to="/" className="back-link">
          <span aria-hidden="true">←</span> {t('document.back')}
        </Link>
        <div className="document-header__title-row">
          <h1 className="document-header__title">{document.title}</h1>
          <DocumentTypeBadge type={document.type} />
        </div>
      </div>
      {children && <div className="document-header__aside">{children}</div>}
    </header>
  );
}
