import type { CourseInput } from '../curriculum/courseSchema';

/** code, 中文名, English name, theory hours, practice hours, credits, terms, anything else */
export type CourseRow = [
  code: string,
  name: string,
  nameEn: string,
  hoursTheory: number,
  hoursPractice: number,
  credits: number,
  terms: number[],
  extra?: Partial<Omit<CourseInput, 'id'>>,
];

type GroupDefaults = Pick<CourseInput, 'groupId' | 'programIds' | 'category' | 'nature'> &
  Partial<Omit<CourseInput, 'id'>>;

/** Expands compact table rows (the way plans print them) into course inputs with stable ids. */
export function courseRows(defaults: GroupDefaults, rows: readonly CourseRow[]): CourseInput[] {
  return rows.map(([code, name, nameEn, hoursTheory, hoursPractice, credits, terms, extra], i) => ({
    assessment: 'assessed',
    deliveredBy: 'school',
    venue: 'campus',
    ...defaults,
    id: code.toLowerCase(),
    code,
    name,
    nameEn,
    hoursTheory,
    hoursPractice,
    credits,
    terms,
    order: i + 1,
    ...extra,
  }));
}
