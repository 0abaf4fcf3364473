import type { StandardSectionId } from '../../standard/sections';
import type { CourseStandardDataInput } from '../../standard/writeCourseStandard';

/** A demo course standard: its structured data plus the narrative sections as plain paragraphs. */
export interface DemoCourseStandard {
  key: 'store-operations' | 'live-commerce';
  title: string;
  titleEn: string;
  data: CourseStandardDataInput;
  /** Paragraphs per narrative section; Lexical-aware code turns them into rich text. */
  narrative: Partial<Record<StandardSectionId, string[]>>;
}

type AuthorInput = CourseStandardDataInput['authors'] extends (infer A)[] | undefined ? A : never;
type ObjectiveInput = CourseStandardDataInput['objectives'] extends (infer O)[] | undefined
  ? O
  : never;

export function author(
  id: string,
  name: string,
  side: 'school' | 'enterprise',
  organisation: string,
  role: string,
): AuthorInput {
  return { id, name, side, organisation, role };
}

const DIMENSIONS = { K: 'knowledge', S: 'skill', Q: 'quality' } as const;

/** An objective coded K1/S1/Q1: the letter is its dimension, as course standards write them. */
export function objective(
  code: string,
  text: string,
  textEn: string,
  competencies: Record<string, string>,
): ObjectiveInput {
  const letter = code[0] as keyof typeof DIMENSIONS;
  return {
    id: `obj-${code.toLowerCase()}`,
    dimension: DIMENSIONS[letter] ?? 'knowledge',
    code,
    text,
    textEn,
    competencies,
  };
}
