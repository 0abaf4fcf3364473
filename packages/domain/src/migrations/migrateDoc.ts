import * as Y from 'yjs';
import { CURRICULUM_MAP_VERSION, DEFAULT_SCALE, MAP_ROOTS } from '../curriculum/layout';
import { initDocLayout, META_MAP, RICH_TEXT_ROOT, readDocMeta } from '../docLayout';
import type { DocumentType } from '../documentTypes';
import { PLAN_ROOTS, TALENT_PLAN_VERSION } from '../plan/layout';
import { COURSE_STANDARD_VERSION, STANDARD_ROOTS } from '../standard/layout';

/** The current layout version of each document type. */
export const LAYOUT_VERSIONS: Readonly<Record<DocumentType, number>> = {
  notes: 1,
  'course-standard': COURSE_STANDARD_VERSION,
  'curriculum-map': CURRICULUM_MAP_VERSION,
  'talent-plan': TALENT_PLAN_VERSION,
};

/** Set in `meta` when a document kept free rich text from before its structured layout. */
export const LEGACY_RICH_TEXT_KEY = 'legacyRichTextRoot';

export type MigrationStatus = 'current' | 'migrated' | 'newer' | 'unknown-type';

export interface MigrationResult {
  type: DocumentType | null;
  from: number;
  to: number;
  status: MigrationStatus;
}

type Step = (doc: Y.Doc, meta: Y.Map<unknown>) => void;

/**
 * Layout history. v0: no header at all. v1: the header of `initDocLayout`, and every type edited
 * as one Lexical rich text at `root`. v2: the structured layouts of `curriculum/layout.ts` and
 * `standard/layout.ts`. Rich text typed under v1 is kept where it is and flagged, never dropped.
 */
const STEPS: Readonly<Record<DocumentType, ReadonlyArray<Step>>> = {
  notes: [],
  'curriculum-map': [
    (doc, meta) => {
      flagLegacyRichText(doc, meta);
      const scales = doc.getMap<unknown>(MAP_ROOTS.scales);
      if (scales.size === 0) {
        const { id, ...fields } = DEFAULT_SCALE;
        const row = new Y.Map<unknown>();
        scales.set(id, row);
        for (const [key, value] of Object.entries(fields)) row.set(key, value);
      }
    },
  ],
  'course-standard': [(doc, meta) => flagLegacyRichText(doc, meta)],
  'talent-plan': [],
};

/**
 * Upgrades a document's layout in place, in one transaction, and stamps the new version. Run it on
 * load (server) or open (client): the steps are deterministic, so two peers migrating the same old
 * document at once converge on the same state. A document from a newer version is left untouched.
 */
export function migrateDoc(
  doc: Y.Doc,
  options: { type?: DocumentType; origin?: unknown } = {},
): MigrationResult {
  const header = readDocMeta(doc);
  const type = header.type ?? options.type ?? inferType(doc) ?? null;
  const from = header.schemaVersion ?? 0;
  if (type === null) return { type, from, to: from, status: 'unknown-type' };
  const to = LAYOUT_VERSIONS[type];
  if (from > to) return { type, from, to: from, status: 'newer' };
  if (from === to) return { type, from, to, status: 'current' };
  doc.transact(() => {
    if (from === 0) initDocLayout(doc, type);
    const meta = doc.getMap<unknown>(META_MAP);
    if (meta.get('type') !== type) meta.set('type', type);
    for (let version = Math.max(from, 1); version < to; version += 1) {
      STEPS[type][version - 1]?.(doc, meta);
    }
    meta.set('schemaVersion', to);
  }, options.origin ?? { source: 'migration', from, to });
  return { type, from, to, status: 'migrated' };
}

/** Creates a new document's layout: the v1 header, then every migration up to today's layout. */
export function initDocument(doc: Y.Doc, type: DocumentType, origin?: unknown): MigrationResult {
  initDocLayout(doc, type);
  return migrateDoc(doc, { type, origin });
}

/** A document without a header is recognised by the roots only one layout has. */
function inferType(doc: Y.Doc): DocumentType | undefined {
  const has = (name: string) => doc.share.has(name);
  if (has(MAP_ROOTS.courses) || has(MAP_ROOTS.groups) || has(MAP_ROOTS.alignments))
    return 'curriculum-map';
  if (
    has(STANDARD_ROOTS.objectives) ||
    has(STANDARD_ROOTS.units) ||
    has(STANDARD_ROOTS.assessment)
  ) {
    return 'course-standard';
  }
  if (has(PLAN_ROOTS.specs) || has(PLAN_ROOTS.teachers)) return 'talent-plan';
  return undefined;
}

function flagLegacyRichText(doc: Y.Doc, meta: Y.Map<unknown>): void {
  if (!doc.share.has(RICH_TEXT_ROOT)) return;
  try {
    if (doc.get(RICH_TEXT_ROOT, Y.XmlText).length > 0)
      meta.set(LEGACY_RICH_TEXT_KEY, RICH_TEXT_ROOT);
  } catch {
    // The root was bound to another type on this peer; it is still kept, just not flagged.
  }
}
