import { useTranslation } from 'react-i18next';
import { Avatar } from './Avatar';
import { colorForName } from './identity';
import { PersonBadges, StatusDot } from './PersonBadges';
import { useRealtime } from './RealtimeProvider';
import { useDocumentLocation } from './useDocumentLocation';
import { useDocumentTitles } from './useDocumentTitles';
import { useLocationLabel, useSectionLabel } from './usePlaceLabel';
import { peopleOf, usePresenceView } from './usePresenceView';
import './workspacePresence.css';

function PeopleIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="6" cy="5.5" r="2.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path
        d="M1.8 13.5c.5-2.4 2.2-3.7 4.2-3.7s3.7 1.3 4.2 3.7"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinecap="round"
      />
      <path
        d="M10.6 3.3a2.4 2.4 0 0 1 0 4.5M12 9.9c1.2.5 2 1.7 2.3 3.6"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinecap="round"
      />
    </svg>
  );
}

/**
 * In a document's header: how many people are in this document and, opened, who is on which
 * section or cell. Mounting it also reports this tab's own place in the document.
 */
export function DocumentPeople({
  documentId,
  workspaceId,
}: {
  documentId: string;
  workspaceId: string | null;
}) {
  useDocumentLocation(documentId, workspaceId);
  const { t } = useTranslation();
  const realtime = useRealtime();
  const view = usePresenceView();
  const locationLabel = useLocationLabel();
  const sectionLabel = useSectionLabel();
  // The type names the sections; the document list is loaded once per tab for every presence view.
  const type = useDocumentTitles([documentId]).get(documentId)?.type;
  const snapshot = view.snapshot;
  if (!realtime || !snapshot) return null;
  // Our own move reaches the server a moment later; show ourselves here at once.
  const entries = (snapshot.entries ?? []).map((e) =>
    e.connId === view.selfConnId && view.documentId === documentId
      ? { ...e, documentId, location: view.location }
      : e,
  );
  const here = peopleOf(
    entries.filter((e) => e.documentId === documentId),
    realtime.userId,
  );
  const aggregates = snapshot.aggregate.filter((a) => a.documentId === documentId);
  const count = snapshot.entries ? here.length : aggregates.reduce((sum, a) => sum + a.count, 0);
  return (
    <details className="doc-people" data-testid="document-people">
      <summary
        className="doc-people__summary"
        title={t('people.inDocument')}
        aria-label={t('people.here', { count })}
      >
        <PeopleIcon />
        <span aria-hidden="true">{count}</span>
        {view.degraded && (
          <span className="doc-people__warn" aria-hidden="true">
            !
          </span>
        )}
      </summary>
      <div className="doc-people__panel">
        <p className="doc-people__title">{t('people.inDocument')}</p>
        {view.degraded && <p className="presence-degraded">{t('people.degraded')}</p>}
        {snapshot.entries ? (
          <ul className="people__list">
            {here.map(({ entry, isSelf }) => (
              <li
                key={entry.userId}
                className="people__person"
                data-testid="document-person"
                data-person={entry.name}
              >
                <span className="people__avatar">
                  <Avatar
                    name={entry.name}
                    color={colorForName(entry.name)}
                    size="small"
                    decorative
                  />
                  <StatusDot status={entry.status} />
                </span>
                <span className="people__main">
                  <span className="people__name-line">
                    <span className="people__name">
                      {isSelf ? t('presence.you', { name: entry.name }) : entry.name}
                    </span>
                    <PersonBadges side={entry.side} />
                  </span>
                  <span className="people__where">
                    {locationLabel(entry.location, type) ?? t('people.topOfDocument')}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <ul className="people__aggregates">
            {aggregates.map((a) => (
              <li key={a.section ?? ''} className="people__aggregate">
                {t('people.viewing', {
                  count: a.count,
                  place: a.section ? sectionLabel(a.section, type) : t('people.topOfDocument'),
                })}
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
