/**
 * The sections of a course standard (课程标准) in template order. Structured parts live in Y.Maps;
 * narrative parts are Lexical rich text, one Y.XmlText root per section, named by
 * `sectionRootName` for Lexical's CollaborationPlugin (`id` = root name).
 */
export const STANDARD_SECTIONS = [
  { id: 'course-info', number: 1, structured: true, narrative: false },
  { id: 'nature-positioning', number: 2, structured: false, narrative: true },
  { id: 'design-rationale', number: 3, structured: false, narrative: true },
  { id: 'objectives', number: 4, structured: true, narrative: false },
  { id: 'content', number: 5, structured: true, narrative: false },
  { id: 'teaching-implementation', number: 6, structured: false, narrative: true },
  { id: 'assessment', number: 7, structured: true, narrative: true },
  { id: 'resources', number: 8, structured: true, narrative: true },
  { id: 'appendix', number: 9, structured: false, narrative: true },
] as const;

export type StandardSectionId = (typeof STANDARD_SECTIONS)[number]['id'];
export const STANDARD_SECTION_IDS = STANDARD_SECTIONS.map((s) => s.id) as StandardSectionId[];
export const NARRATIVE_SECTION_IDS = STANDARD_SECTIONS.filter((s) => s.narrative).map(
  (s) => s.id,
) as StandardSectionId[];

export const SECTION_ROOT_PREFIX = 'section:';

/** Course standards and talent plans name their narrative roots the same way. */
export function sectionRootName(sectionId: string): string {
  return `${SECTION_ROOT_PREFIX}${sectionId}`;
}
