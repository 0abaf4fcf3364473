import type { DocumentDto } from '@tandem/protocol';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../i18n';
import { DocumentTypeIcon } from './DocumentTypeIcon';
import { formatUpdatedAt } from './formatUpdatedAt';

export function DocumentTypeBadge({ type }: { type: DocumentDto['type'] }) {
  const { t } = useTranslation();
  return <span className={`type-badge type-badge--${type}`}>{t(`documentTypes.${type}`)}</span>;
}

function updatedLabel(t: TFunction, iso: string, language: string): string {
  const updated = formatUpdatedAt(iso, language);
  if (updated.kind === 'just-now') return t('home.updatedJustNow');
  if (updated.kind === 'relative') return t('home.updatedRelative', { time: updated.text });
  return t('home.updatedOn', { time: updated.text });
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
            <DocumentTypeIcon type={doc.type} />
            <span className="document-card__text">
              <span className="document-card__title">{doc.title}</span>
              <span className="document-card__meta">
                <DocumentTypeBadge type={doc.type} />
                <time dateTime={doc.updatedAt}>{updatedLabel(t, doc.updatedAt, language)}</time>
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
