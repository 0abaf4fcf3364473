/**
 * The sections of a talent cultivation plan (人才培养方案) in the order of the MOE 2019 guidance
 * (教职成〔2019〕13号). `structured` parts are cells of the plan or read live from the group's
 * curriculum map; `narrative` parts are Lexical rich text, one Y.XmlText root per section, named
 * `section:<id>` like the course standard's.
 */
export const PLAN_SECTIONS = [
  { id: 'program', number: 1, structured: true, narrative: false },
  { id: 'entry', number: 2, structured: true, narrative: false },
  { id: 'duration', number: 3, structured: true, narrative: false },
  { id: 'career', number: 4, structured: true, narrative: true },
  { id: 'objectives', number: 5, structured: true, narrative: true },
  { id: 'curriculum', number: 6, structured: true, narrative: true },
  { id: 'schedule', number: 7, structured: true, narrative: false },
  { id: 'practice', number: 8, structured: true, narrative: true },
  { id: 'teachers', number: 9, structured: true, narrative: true },
  { id: 'conditions', number: 10, structured: false, narrative: true },
  { id: 'assessment', number: 11, structured: false, narrative: true },
  { id: 'guarantees', number: 12, structured: false, narrative: true },
  { id: 'graduation', number: 13, structured: true, narrative: true },
  { id: 'appendix', number: 14, structured: false, narrative: true },
] as const;

export type PlanSectionId = (typeof PLAN_SECTIONS)[number]['id'];
export const PLAN_SECTION_IDS = PLAN_SECTIONS.map((s) => s.id) as PlanSectionId[];
export const PLAN_NARRATIVE_SECTION_IDS = PLAN_SECTIONS.filter((s) => s.narrative).map(
  (s) => s.id,
) as PlanSectionId[];
