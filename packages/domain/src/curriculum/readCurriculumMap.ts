import type * as Y from 'yjs';
import { readDocMeta } from '../docLayout';
import { message } from '../messages/DomainMessage';
import type { Problem } from '../ydoc/Problem';
import { readCollection, rootMap } from '../ydoc/readCollection';
import type { CurriculumMapSnapshot } from './CurriculumMapSnapshot';
import { checkReferences } from './checkReferences';
import {
  ALIGNMENT_KEY_SEPARATOR,
  CURRICULUM_MAP_VERSION,
  MAP_ROOTS,
  MAP_SPECS,
  StoredAlignment,
} from './layout';
import { type Alignment, MapSettings } from './schemas';

/**
 * Reads a curriculum-map Y.Doc into plain, validated objects. Never throws on document content:
 * malformed rows, cells and dangling references end up in `problems`.
 */
export function readCurriculumMap(doc: Y.Doc): CurriculumMapSnapshot {
  const problems: Problem[] = [];
  const { schemaVersion } = readDocMeta(doc);
  if (schemaVersion !== undefined && schemaVersion > CURRICULUM_MAP_VERSION) {
    problems.push({
      path: ['meta', 'schemaVersion'],
      message: message('domain.problems.newerSchema', {
        found: schemaVersion,
        known: CURRICULUM_MAP_VERSION,
      }),
    });
  }
  const snapshot: CurriculumMapSnapshot = {
    schemaVersion,
    settings: readSettings(doc, problems),
    programs: readCollection(doc, MAP_SPECS.programs, problems),
    groups: readCollection(doc, MAP_SPECS.groups, problems),
    courses: readCollection(doc, MAP_SPECS.courses, problems),
    positions: readCollection(doc, MAP_SPECS.positions, problems),
    tasks: readCollection(doc, MAP_SPECS.tasks, problems),
    competencies: readCollection(doc, MAP_SPECS.competencies, problems),
    certificates: readCollection(doc, MAP_SPECS.certificates, problems),
    competitions: readCollection(doc, MAP_SPECS.competitions, problems),
    scales: readCollection(doc, MAP_SPECS.scales, problems),
    alignments: readAlignments(doc, problems),
    problems,
  };
  checkReferences(snapshot);
  return snapshot;
}

function readSettings(doc: Y.Doc, problems: Problem[]): MapSettings {
  const map = rootMap(doc, MAP_ROOTS.settings, problems);
  const raw = map ? Object.fromEntries(map.entries()) : {};
  const out: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(MapSettings.shape)) {
    const parsed = schema.safeParse(raw[field]);
    if (parsed.success) out[field] = parsed.data;
    else {
      problems.push({
        path: [MAP_ROOTS.settings, field],
        message: message('domain.problems.invalidField', { field }),
      });
      out[field] = schema.parse(undefined);
    }
  }
  return out as MapSettings;
}

function readAlignments(doc: Y.Doc, problems: Problem[]): Alignment[] {
  const map = rootMap(doc, MAP_ROOTS.alignments, problems);
  if (!map) return [];
  const out: Alignment[] = [];
  for (const [key, value] of map.entries()) {
    const [courseId, targetId, extra] = key.split(ALIGNMENT_KEY_SEPARATOR);
    const parsed = StoredAlignment.safeParse(value);
    if (!courseId || !targetId || extra !== undefined || !parsed.success) {
      problems.push({
        path: [MAP_ROOTS.alignments, key],
        message: message('domain.problems.malformedEntry', { root: MAP_ROOTS.alignments, id: key }),
      });
      continue;
    }
    out.push({ ...parsed.data, courseId, targetId });
  }
  return out.sort((a, b) =>
    a.courseId === b.courseId ? cmp(a.targetId, b.targetId) : cmp(a.courseId, b.courseId),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
