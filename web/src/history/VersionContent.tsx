import type { VersionContentDto } from '@tandem/protocol';
import { useTranslation } from 'react-i18next';
import type { SectionNames } from '../i18n';
import { useHistorySections } from './HistorySections';
import { rootLabel } from './historyModel';
import { StructuredSummary } from './StructuredSummary';

/** Rich-text roots in reading order: the notes body, then the sections in template order. */
export function orderRoots(roots: readonly string[], sections: SectionNames): string[] {
  return [...roots].sort((a, b) => sections.rank(a) - sections.rank(b) || a.localeCompare(b));
}

/** A version as a reader sees it: each section's paragraphs, then a summary of structured data. */
export function VersionContent({ content }: { content: VersionContentDto }) {
  const { t } = useTranslation();
  const sections = useHistorySections();
  const roots = orderRoots(Object.keys(content.text), sections);
  const single = roots.length === 1 && roots[0] === 'root';
  const hasData = Object.keys(content.data).some((k) => k !== 'meta');
  if (roots.length === 0 && !hasData) {
    return <p className="history-empty">{t('history.view.noContent')}</p>;
  }
  return (
    <div className="version-content" data-testid="version-content">
      {hasData && <StructuredSummary data={content.data} />}
      {roots.map((root) => {
        const paragraphs = (content.text[root] ?? '').replace(/\n$/, '').split('\n');
        const empty = paragraphs.every((p) => p.trim() === '');
        return (
          <section key={root} className="version-section">
            {!single && <h3 className="version-section__title">{rootLabel(t, root, sections)}</h3>}
            {empty ? (
              <p className="version-section__empty">{t('history.view.emptySection')}</p>
            ) : (
              paragraphs.map((text, i) => (
                // Paragraphs of a past version never reorder; the index is their identity.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <p key={i} className="version-section__paragraph">
                  {text || '\u00a0'}
                </p>
              ))
            )}
          </section>
        );
      })}
    </div>
  );
}
