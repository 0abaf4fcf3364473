import { SECTION_ROOT_PREFIX, STANDARD_SECTION_IDS } from '@tandem/domain';
import type { CommentAnchor } from '@tandem/protocol';
import type { TFunction } from 'i18next';
import * as Y from 'yjs';

function cellText(value: unknown): string {
  if (value instanceof Y.Text) return value.toString();
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** "ZY411 · Practice" for a course cell, the course's code and name for a row. */
export function entityLabel(
  doc: Y.Doc,
  anchor: Extract<CommentAnchor, { kind: 'entity' }>,
  t: TFunction,
): string {
  let entity: unknown;
  try {
    entity = doc.getMap<unknown>(anchor.collection).get(anchor.entityId);
  } catch {
    // Not a map in this document: show the raw id rather than nothing.
    entity = undefined;
  }
  const code = entity instanceof Y.Map ? cellText(entity.get('code')) : '';
  const name = entity instanceof Y.Map ? cellText(entity.get('name')) : '';
  const label = [code, name].filter(Boolean).join(' ') || anchor.entityId;
  if (!anchor.field) return label;
  const key = `curriculum.fields.${anchor.field}`;
  const field = t(key as 'curriculum.fields.code');
  return `${label} · ${field === key ? anchor.field : field}`;
}

/** Sorts roots in reading order: the notes body, then a standard's sections in template order. */
export function rootReadingOrder(root: string): number {
  if (!root.startsWith(SECTION_ROOT_PREFIX)) return -1;
  const ids: readonly string[] = STANDARD_SECTION_IDS;
  const index = ids.indexOf(root.slice(SECTION_ROOT_PREFIX.length));
  return index === -1 ? STANDARD_SECTION_IDS.length : index;
}

/** A rich-text root as a reader knows it: "Document", or the course-standard section's title. */
export function sectionLabel(root: string, t: TFunction): string {
  if (root.startsWith(SECTION_ROOT_PREFIX)) {
    const id = root.slice(SECTION_ROOT_PREFIX.length);
    const known = STANDARD_SECTION_IDS.find((s) => s === id);
    if (known) return t(`curriculum.standard.sections.${known}`);
    return id;
  }
  return t('comments.authors.section.root');
}
