import { sectionIdOfRoot } from '@tandem/domain';
import type { CommentAnchor } from '@tandem/protocol';
import type { TFunction } from 'i18next';
import * as Y from 'yjs';
import type { SectionNames } from '../i18n';

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

/** Sorts roots in reading order: the notes body, then the document's sections in template order. */
export function rootReadingOrder(root: string, sections: SectionNames): number {
  return sections.rank(root);
}

/** A rich-text root as a reader knows it: "Document", or the title of the document's section. */
export function sectionLabel(root: string, t: TFunction, sections: SectionNames): string {
  const id = sectionIdOfRoot(root);
  if (id === null) return t('comments.authors.section.root');
  return sections.title(id) ?? id;
}
