import type * as Y from 'yjs';
import { z } from 'zod';
import { type DomainResult, parseEntity } from '../ydoc/DomainResult';
import { createRow, encodeFields } from '../ydoc/entityCodec';
import { INFO_SPEC, STANDARD_ROOTS, STANDARD_SPECS, type StandardCollection } from './layout';
import { AssessmentItem, Author, ContentUnit, Objective, Resource, StandardInfo } from './schemas';
import type { StandardSectionId } from './sections';

/** A whole course standard as data: what a seed, an import or a template provides. */
export const CourseStandardData = z.object({
  info: StandardInfo,
  authors: z.array(Author).default([]),
  objectives: z.array(Objective).default([]),
  units: z.array(ContentUnit).default([]),
  assessment: z.array(AssessmentItem).default([]),
  resources: z.array(Resource).default([]),
});
export type CourseStandardData = z.infer<typeof CourseStandardData>;
export type CourseStandardDataInput = z.input<typeof CourseStandardData>;

/** Narrative sections as plain paragraphs; an editor with Lexical turns them into rich text. */
export type NarrativeText = Partial<Record<StandardSectionId, string[]>>;

/**
 * Writes a whole standard's structured parts into an empty (or to-be-replaced) document in one
 * transaction, after validating all of it. Rows with the same id are replaced; others are kept.
 */
export function writeCourseStandard(
  doc: Y.Doc,
  data: CourseStandardDataInput,
  origin?: unknown,
): DomainResult<CourseStandardData> {
  const parsed = parseEntity(CourseStandardData, data);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  doc.transact(() => {
    encodeFields(INFO_SPEC, doc.getMap<unknown>(STANDARD_ROOTS.info), value.info);
    const collections: Array<[StandardCollection, ReadonlyArray<{ id: string }>]> = [
      ['authors', value.authors],
      ['objectives', value.objectives],
      ['units', value.units],
      ['assessment', value.assessment],
      ['resources', value.resources],
    ];
    for (const [collection, rows] of collections) {
      const spec = STANDARD_SPECS[collection];
      const map = doc.getMap<unknown>(spec.root);
      rows.forEach((row, index) => {
        const { id, ...fields } = row as Record<string, unknown> & { id: string };
        createRow(spec, map, id, { ...fields, order: index + 1 });
      });
    }
  }, origin);
  return parsed;
}
