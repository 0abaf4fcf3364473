import type { AgendaItemView, SessionState } from '@tandem/protocol';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitles, useRealtime, useSectionLabel } from '../presence';
import { currentItemId, rolesIn } from './sessionRoles';
import { usePresent } from './usePresent';
import { ActionErrorText } from './useSessionAction';

function ItemLink({ item }: { item: AgendaItemView }) {
  const { t } = useTranslation();
  const titles = useDocumentTitles([item.link?.documentId ?? null]);
  const sectionLabel = useSectionLabel();
  if (!item.link) return null;
  const doc = titles.get(item.link.documentId);
  return (
    <span className="agenda-item__link">
      <Link to={`/d/${item.link.documentId}`}>{doc?.title ?? t('people.aDocument')}</Link>
      {item.link.section && <span> · {sectionLabel(item.link.section, doc?.type)}</span>}
      {item.link.versionId && (
        <span className="agenda-item__version">
          {' '}
          · {t('sessions.agenda.version', { id: item.link.versionId })}
        </span>
      )}
    </span>
  );
}

/** The agenda: the item the room is on, outcomes, and for the presenter "Present this". */
export function AgendaPanel({
  state,
  selected,
  onSelect,
}: {
  state: SessionState;
  selected: string | null;
  onSelect(itemId: string): void;
}) {
  const { t } = useTranslation();
  const realtime = useRealtime();
  const presenting = usePresent();
  if (!realtime) return null;
  const roles = rolesIn(state, realtime.userId);
  const current = currentItemId(state);
  const live = state.status === 'live';
  return (
    <section className="agenda card" aria-labelledby="agenda-title">
      <h2 id="agenda-title" className="agenda__title">
        {t('sessions.agenda.heading')}
      </h2>
      <ActionErrorText error={presenting.error} />
      <ol className="agenda__items">
        {state.agenda.map((item, index) => {
          const isCurrent = live && item.id === current;
          return (
            <li
              key={item.id}
              className={`agenda-item${isCurrent ? ' is-current' : ''}${selected === item.id ? ' is-selected' : ''}`}
              data-testid="agenda-item"
              data-item-id={item.id}
              aria-current={isCurrent ? 'step' : undefined}
            >
              <button
                type="button"
                className="agenda-item__select"
                onClick={() => onSelect(item.id)}
              >
                <span className="agenda-item__number">{index + 1}</span>
                <span className="agenda-item__title">{item.title}</span>
              </button>
              <div className="agenda-item__meta">
                {isCurrent && (
                  <span className="agenda-item__current">{t('sessions.agenda.current')}</span>
                )}
                {item.outcome && (
                  <span className={`outcome-chip outcome-chip--${item.outcome}`}>
                    {t(`sessions.outcome.${item.outcome}`)}
                  </span>
                )}
                <ItemLink item={item} />
              </div>
              {live && roles.isPresenter && item.link && (
                <button
                  type="button"
                  className="button button--small agenda-item__present"
                  disabled={presenting.pending}
                  onClick={() => {
                    const link = item.link;
                    if (!link) return;
                    void presenting.present(
                      {
                        sessionId: state.id,
                        documentId: link.documentId,
                        itemId: item.id,
                        ...(link.section ? { section: link.section } : {}),
                      },
                      true,
                    );
                  }}
                >
                  {t('sessions.agenda.present')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
