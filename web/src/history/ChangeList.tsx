import type { DiffDto, PersonRef, StructuredChange } from '@tandem/protocol';
import { useTranslation } from 'react-i18next';
import { optionalMessage } from './historyModel';
import { PersonName } from './PersonName';

const show = (v: unknown): string =>
  v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);

/** One change in the reader's language where its parts allow, else the server's sentence. */
function ChangeText({ change }: { change: StructuredChange }) {
  const { t } = useTranslation();
  const collection = optionalMessage(`curriculum.roots.${change.collection}`, change.collection);
  if (change.change === 'changed' && change.field) {
    const field = optionalMessage(`curriculum.fields.${change.field}`, change.field);
    const simple = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
    if (simple(change.from) && simple(change.to) && String(change.to ?? '').length < 80) {
      return (
        <>
          {t('history.diff.fieldChange', { field, from: show(change.from), to: show(change.to) })}
        </>
      );
    }
    return <>{change.summary.replace(`${change.entityLabel}: `, '')}</>;
  }
  if (change.change === 'moved')
    return <>{change.summary.replace(`${change.entityLabel}: `, '')}</>;
  return <span className="change__collection">{collection}</span>;
}

/** The semantic change list of a structured document (H7): courses and fields, not Y.Map keys. */
export function ChangeList({ diff }: { diff: DiffDto }) {
  const { t } = useTranslation();
  const people = new Map<string, PersonRef>(diff.people.map((p) => [p.id, p]));
  if (diff.changes.length === 0) return null;
  return (
    <section className="change-list" data-testid="change-list">
      <h3 className="version-section__title">{t('history.diff.structuredTitle')}</h3>
      <ul className="change-list__items">
        {diff.changes.map((c) => (
          <li
            key={`${c.collection}/${c.entityId}/${c.field ?? ''}/${c.change}`}
            className={`change change--${c.change}`}
            data-change={c.change}
            title={c.summary}
          >
            <span className={`change__kind change__kind--${c.change}`}>
              {t(`history.diff.changeKinds.${c.change}`)}
            </span>
            <span className="change__body">
              <strong className="change__entity">{c.entityLabel}</strong>{' '}
              <span className="change__text">
                <ChangeText change={c} />
              </span>
            </span>
            <span className="change__people">
              {c.userIds.map((id) => {
                const person = people.get(id);
                return person ? <PersonName key={id} person={person} /> : null;
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
