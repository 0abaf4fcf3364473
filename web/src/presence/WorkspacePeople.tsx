import type { PresenceAggregate } from '@tandem/protocol';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Avatar } from './Avatar';
import { colorForName } from './identity';
import { PersonBadges, StatusDot } from './PersonBadges';
import { useRealtime } from './RealtimeProvider';
import { useDocumentTitles } from './useDocumentTitles';
import { useLocationLabel, useSectionLabel } from './usePlaceLabel';
import { type PresentPerson, peopleOf, usePresenceView } from './usePresenceView';
import './workspacePresence.css';

/** Above this many people the panel leads with counts per place ("32 viewing §4"). */
export const CROWD = 12;
const LIST_IN_CROWD = 8;

export function DegradedNotice() {
  const { t } = useTranslation();
  const { degraded } = usePresenceView();
  if (!degraded) return null;
  return (
    <p className="presence-degraded" role="status" data-testid="presence-degraded">
      {t('people.degraded')}
    </p>
  );
}

function PersonRow({ person }: { person: PresentPerson }) {
  const { t } = useTranslation();
  const { entry } = person;
  const titles = useDocumentTitles([entry.documentId]);
  const locationLabel = useLocationLabel();
  const doc = entry.documentId ? titles.get(entry.documentId) : undefined;
  const where = locationLabel(entry.location, doc?.type);
  const name = person.isSelf ? t('presence.you', { name: entry.name }) : entry.name;
  return (
    <li
      className={`people__person people__person--${entry.status}`}
      data-testid="present-person"
      data-person={entry.name}
      data-side={entry.side}
      data-status={entry.status}
    >
      <span className="people__avatar">
        <Avatar name={entry.name} color={colorForName(entry.name)} decorative />
        <StatusDot status={entry.status} />
      </span>
      <span className="people__main">
        <span className="people__name-line">
          <span className="people__name">{name}</span>
          <PersonBadges side={entry.side} role={entry.role} />
        </span>
        <span className="people__where" data-testid="person-location">
          {entry.documentId ? (
            <>
              <Link to={`/d/${entry.documentId}`} className="people__doc">
                {doc?.title ?? t('people.aDocument')}
              </Link>
              {where && <span className="people__section"> · {where}</span>}
            </>
          ) : entry.location?.session ? (
            t('people.inSession')
          ) : (
            t('people.browsing')
          )}
        </span>
      </span>
    </li>
  );
}

function AggregateRow({ aggregate }: { aggregate: PresenceAggregate }) {
  const { t } = useTranslation();
  const titles = useDocumentTitles([aggregate.documentId]);
  const sectionLabel = useSectionLabel();
  const doc = aggregate.documentId ? titles.get(aggregate.documentId) : undefined;
  const place = aggregate.section
    ? sectionLabel(aggregate.section, doc?.type)
    : (doc?.title ?? (aggregate.documentId ? t('people.aDocument') : t('people.overview')));
  return (
    <li className="people__aggregate" data-testid="presence-aggregate">
      <span className="people__count">
        {t('people.viewing', { count: aggregate.count, place })}
      </span>
      {aggregate.section && doc && <span className="people__agg-doc">{doc.title}</span>}
      <span className="people__by-side">
        {t('people.bySide', {
          school: aggregate.bySide.school,
          enterprise: aggregate.bySide.enterprise,
        })}
      </span>
    </li>
  );
}

/**
 * Who is in the workspace right now and where: side, role, status and place for each person;
 * counts per place when the room is large or this tab only watches.
 */
export function WorkspacePeople() {
  const { t } = useTranslation();
  const realtime = useRealtime();
  const view = usePresenceView();
  const snapshot = view.snapshot;
  if (!realtime || !snapshot) return null;
  const people = peopleOf(snapshot.entries ?? [], realtime.userId);
  const crowd = !snapshot.entries || snapshot.people > CROWD;
  const shown = crowd ? people.slice(0, LIST_IN_CROWD) : people;
  const aggregates = [...snapshot.aggregate].sort((a, b) => b.count - a.count).slice(0, 5);
  return (
    <section className="people card" aria-labelledby="people-title" data-testid="workspace-people">
      <header className="people__head">
        <h2 id="people-title" className="people__title">
          <span className="people__live" aria-hidden="true" />
          {t('people.title')}
        </h2>
        <span className="people__total" data-testid="people-count">
          {t('people.count', { count: snapshot.people })}
        </span>
      </header>
      <DegradedNotice />
      {crowd && aggregates.length > 0 && (
        <ul className="people__aggregates" aria-label={t('people.byPlace')}>
          {aggregates.map((a) => (
            <AggregateRow key={`${a.documentId}:${a.section}`} aggregate={a} />
          ))}
        </ul>
      )}
      {shown.length > 0 && (
        <ul className="people__list" aria-label={t('people.listLabel')}>
          {shown.map((person) => (
            <PersonRow key={person.entry.userId} person={person} />
          ))}
        </ul>
      )}
      {people.length > shown.length && (
        <p className="people__more">{t('people.more', { count: people.length - shown.length })}</p>
      )}
    </section>
  );
}
