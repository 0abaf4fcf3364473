import type { DocumentDto, DocumentListItem } from '@tandem/protocol';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../i18n';
import { DocumentStatusChip } from '../inbox';
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

/**
 * Documents awaiting the signed-in person's sign-off first, then the rest most recently updated
 * first (the server's order), each with its status.
 */
export function DocumentList({ documents }: { documents: readonly DocumentListItem[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const awaitingYou = documents.filter((d) => d.status?.awaitingYou);
  const ordered = [...awaitingYou, ...documents.filter((d) => !d.status?.awaitingYou)];
  return (
    <>
      {awaitingYou.length > 0 && (
        <p className="document-list__awaiting" data-testid="awaiting-you">
          {t('inbox.awaitingYouTitle', { count: awaitingYou.length })}
        </p>
      )}
      <ul className="document-list" aria-label={t('home.listLabel')} data-testid="document-list">
        {ordered.map((doc) => (
          <li key={doc.id}>
            <Link to={`/d/${doc.id}`} className="document-card">
              <DocumentTypeIcon type={doc.type} />
              <span className="document-card__text">
                <span className="document-card__title">{doc.title}</span>
                <span className="document-card__meta">
                  <DocumentTypeBadge type={doc.type} />
                  {doc.status && <DocumentStatusChip status={doc.status} />}
                  <time dateTime={doc.updatedAt}>{updatedLabel(t, doc.updatedAt, language)}</time>
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
