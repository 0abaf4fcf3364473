import type { RuleResult } from '@tandem/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { jumpKey, ProblemsPanel, RulePanel, type ShownProblem } from '../curriculum';
import type { LinkedMap } from './model/useLinkedMap';

interface LinkedCardProps {
  title: string;
  testId: string;
  linked: LinkedMap;
  /** Said when there is nothing linked yet (no map, or not the course or program in it). */
  emptyText: string;
  empty: boolean;
  children?: ReactNode;
}

/** The side panel's card of what a document reads from its curriculum map, in every state. */
export function LinkedCard({ title, testId, linked, emptyText, empty, children }: LinkedCardProps) {
  const { t } = useTranslation();
  return (
    <section className="linked-course" aria-label={title} data-testid={testId}>
      <h2 className="map-side__title">{title}</h2>
      {linked.state === 'loading' && (
        <p className="linked-course__empty">{t('curriculum.standard.mapLoading')}</p>
      )}
      {linked.state === 'unavailable' && (
        <p className="linked-course__empty">{t('curriculum.standard.mapUnavailable')}</p>
      )}
      {(linked.state === 'none' || empty) && <p className="linked-course__empty">{emptyText}</p>}
      {children}
    </section>
  );
}

/**
 * The links of a document's info into its curriculum map that lead nowhere: a map that cannot be
 * opened, or a course or program the open map no longer has. Each jumps to its picker.
 */
export function linkProblems(
  linked: LinkedMap,
  section: string,
  map: { id: string | null },
  item: { ref: 'course' | 'program'; field: string; id: string | null; found: boolean },
  onJump: (key: string) => void,
): ShownProblem[] {
  const shown: ShownProblem[] = [];
  const dangling = (field: string, ref: string, id: string) => ({
    path: ['info', field],
    message: { key: 'domain.problems.danglingReference' as const, params: { ref, id } },
    onJump: () => onJump(jumpKey.standardField(section, field)),
  });
  if (linked.state === 'unavailable' && map.id) {
    shown.push(dangling('mapDocumentId', 'map', map.id));
  }
  if (linked.state === 'ready' && item.id && !item.found) {
    shown.push(dangling(item.field, item.ref, item.id));
  }
  return shown;
}

interface TemplateSidePanelProps extends LinkedCardProps {
  problems: readonly ShownProblem[];
  results: readonly RuleResult[];
  onRule(result: RuleResult): void;
  checkMs: number;
}

/** A template document's side panel: what could not be read, what it reads from the map, checks. */
export function TemplateSidePanel({
  problems,
  results,
  onRule,
  checkMs,
  ...card
}: TemplateSidePanelProps) {
  const { t } = useTranslation();
  return (
    <aside className="std-side" aria-label={t('curriculum.side.label')}>
      <ProblemsPanel problems={problems} />
      <LinkedCard {...card} />
      <RulePanel results={results} onJump={onRule} checkMs={checkMs} />
    </aside>
  );
}
