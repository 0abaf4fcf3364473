import {
  type CurriculumMapSnapshot,
  type DocPolicy,
  readCurriculumMap,
  readDocPolicy,
} from '@tandem/domain';
import type * as Y from 'yjs';
import { shareRows, shareValue } from '../live/shareRows';

export interface MapModel {
  snapshot: CurriculumMapSnapshot;
  policy: DocPolicy;
  /** Milliseconds the read of the document took (readCurriculumMap + readDocPolicy). */
  readMs: number;
}

function share(before: CurriculumMapSnapshot, next: CurriculumMapSnapshot): CurriculumMapSnapshot {
  return {
    ...next,
    settings: shareValue(before.settings, next.settings),
    programs: shareRows(before.programs, next.programs),
    groups: shareRows(before.groups, next.groups),
    courses: shareRows(before.courses, next.courses),
    positions: shareRows(before.positions, next.positions),
    tasks: shareRows(before.tasks, next.tasks),
    competencies: shareRows(before.competencies, next.competencies),
    certificates: shareRows(before.certificates, next.certificates),
    competitions: shareRows(before.competitions, next.competitions),
    scales: shareRows(before.scales, next.scales),
    alignments: shareValue(before.alignments, next.alignments),
    problems: shareValue(before.problems, next.problems),
  };
}

/**
 * Reads the whole curriculum map — never throws on content: what cannot be read is in
 * `snapshot.problems` — and shares unchanged rows with the previous read, so views re-render
 * only what changed.
 */
export function readMapModel(doc: Y.Doc, previous: MapModel | null): MapModel {
  const started = performance.now();
  const next = readCurriculumMap(doc);
  const policy = readDocPolicy(doc);
  const readMs = performance.now() - started;
  if (!previous) return { snapshot: next, policy, readMs };
  return {
    snapshot: share(previous.snapshot, next),
    policy: shareValue(previous.policy, policy),
    readMs,
  };
}
