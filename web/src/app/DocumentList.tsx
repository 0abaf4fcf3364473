import type { DocumentDto } from '@tandem/protocol';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../i18n';
import { formatUpdatedAt } from './formatUpdatedAt';

export function DocumentTypeBadge({ type }: { type: DocumentDto['type'] }) {
  const { t } = useTranslation();
  return <span className={`type-badge type-badge--${type}`}>{t(`documentTypes.${type}`)}</span>;
}

/** Documents, most recently updated first (the server's order). */
export function DocumentList({ documents }: { documents: readonly DocumentDto[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ul className="document-list" aria-label={t('home.listLabel')} data-testid="document-list">
      {documents.map((doc) => (
        <li key={doc.id}>
          <Link to={`/d/${doc.id}`} className="document-card">
            <span className="document-card__title">{doc.title}</span>
            <span className="document-card__meta">
              <DocumentTypeBadge type={doc.type} />
              <time
                dateTime={doc.updatedAt}
                title={new Date(doc.updatedAt).toLocaleString(language)}
              >
                {t('home.updated', { time: formatUpdatedAt(doc.updatedAt, language) })}
              </time>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
