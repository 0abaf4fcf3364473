import type { DiffDto, PersonRef, RedlineRun } from '@tandem/protocol';
import { useTranslation } from 'react-i18next';
import { useHistorySections } from './HistorySections';
import {
  byDocumentOrder,
  hasChanges,
  peopleNames,
  redlineParagraphs,
  rootLabel,
} from './historyModel';

function Run({ run, people }: { run: RedlineRun; people: ReadonlyMap<string, PersonRef> }) {
  const { t } = useTranslation();
  if (run.op === 'equal') return <span>{run.text}</span>;
  const names = peopleNames(t, people, run.userIds);
  const side = run.userIds.length === 1 ? people.get(run.userIds[0] ?? '')?.side : undefined;
  const sideClass = side ? ` redline--${side}` : '';
  if (run.op === 'insert') {
    return (
      <ins
        className={`redline redline--ins${sideClass}`}
        title={t('history.diff.insertedBy', { people: names })}
      >
        {run.text}
      </ins>
    );
  }
  return (
    <del
      className={`redline redline--del${sideClass}`}
      title={t('history.diff.deletedBy', { people: names })}
    >
      {run.text}
    </del>
  );
}

/**
 * The redline of every changed rich-text section: insertions green and underlined, deletions
 * red and struck through, the author and side on hover. Unchanged sections are only counted.
 */
export function Redline({ diff }: { diff: DiffDto }) {
  const { t } = useTranslation();
  const sections = useHistorySections();
  const people = new Map(diff.people.map((p) => [p.id, p]));
  const changed = diff.sections.filter((s) => hasChanges(s.runs)).sort(byDocumentOrder(sections));
  const unchanged = diff.sections.length - changed.length;
  const single = diff.sections.length === 1 && diff.sections[0]?.root === 'root';
  return (
    <div className="redline-sections" data-testid="redline">
      {changed.map((section) => (
        <section key={section.root} className="version-section" data-root={section.root}>
          {!single && (
            <h3 className="version-section__title">{rootLabel(t, section.root, sections)}</h3>
          )}
          {redlineParagraphs(section.runs).map((paragraph, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a redline is rendered once, never reordered
            <p key={i} className="version-section__paragraph">
              {paragraph.length === 0
                ? '\u00a0'
                : paragraph.map((run, j) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: as above
                    <Run key={j} run={run} people={people} />
                  ))}
            </p>
          ))}
        </section>
      ))}
      {unchanged > 0 && changed.length > 0 && (
        <p className="redline-sections__unchanged">
          {t('history.diff.unchangedSections', { count: unchanged })}
        </p>
      )}
    </div>
  );
}
