import { type Course, type DomainMessage, validateCourseField } from '@tandem/domain';
import {
  type ColumnMapping,
  IMPORT_FIELDS,
  type ImportField,
  normaliseHeader,
} from './importFields';

/** What happens to a course already in the map whose code is also in the file. */
export type DuplicatePolicy = 'update' | 'skip';
export type RowAction = 'add' | 'update' | 'skip' | 'invalid';

/** A problem the domain reports, or one only an import can have (a code twice in one file). */
export type ImportProblem =
  | { field: ImportField; message: DomainMessage }
  | { field: ImportField; local: 'duplicateInFile'; params: { line: number } };

export interface PlannedRow {
  /** 1-based row among the non-blank rows of the sheet (the header included). */
  line: number;
  cells: Partial<Record<ImportField, string>>;
  /** Validated values of the non-empty mapped cells, ready to write. */
  values: Partial<Record<ImportField, unknown>>;
  problems: ImportProblem[];
  action: RowAction;
  existingId: string | null;
}

export interface ImportPlan {
  rows: PlannedRow[];
  counts: Record<RowAction, number>;
}

/** Words course lists use for the two enumerations; anything else goes to the domain to refuse. */
const ENUM_WORDS: Partial<Record<ImportField, Record<string, string>>> = {
  nature: {
    必修: 'compulsory',
    必修课: 'compulsory',
    compulsory: 'compulsory',
    required: 'compulsory',
    限选: 'restricted-elective',
    限选课: 'restricted-elective',
    限定选修: 'restricted-elective',
    限定选修课: 'restricted-elective',
    restrictedelective: 'restricted-elective',
    任选: 'elective',
    任选课: 'elective',
    选修: 'elective',
    选修课: 'elective',
    公选: 'elective',
    elective: 'elective',
    optional: 'elective',
  },
  assessment: {
    考试: 'exam',
    exam: 'exam',
    examination: 'exam',
    考查: 'assessed',
    assessed: 'assessed',
    coursework: 'assessed',
  },
};

function toFieldInput(field: ImportField, text: string): string {
  const words = ENUM_WORDS[field];
  if (!words) return text;
  return words[normaliseHeader(text)] ?? text;
}

function codeKey(code: string): string {
  return code.trim().toUpperCase();
}

interface PlanContext {
  existing: ReadonlyMap<string, string>;
  seen: Map<string, number>;
  duplicates: DuplicatePolicy;
}

function planRow(
  row: readonly string[],
  line: number,
  mapping: ColumnMapping,
  ctx: PlanContext,
): PlannedRow {
  const cells: PlannedRow['cells'] = {};
  const values: PlannedRow['values'] = {};
  const problems: ImportProblem[] = [];
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    const text = column === null ? '' : (row[column] ?? '').trim();
    cells[field] = text;
    if (text === '' && field !== 'code') continue;
    const checked = validateCourseField(field, toFieldInput(field, text));
    if (checked.ok) values[field] = checked.value;
    else problems.push({ field, message: checked.message });
  }
  const code = typeof values.code === 'string' ? codeKey(values.code) : null;
  const existingId = code === null ? null : (ctx.existing.get(code) ?? null);
  if (code !== null) {
    const first = ctx.seen.get(code);
    if (first !== undefined)
      problems.push({ field: 'code', local: 'duplicateInFile', params: { line: first } });
    else ctx.seen.set(code, line);
  }
  if (
    existingId === null &&
    values.name === undefined &&
    !problems.some((p) => p.field === 'name')
  ) {
    const required = validateCourseField('name', '');
    if (!required.ok) problems.push({ field: 'name', message: required.message });
  }
  const action: RowAction =
    problems.length > 0 ? 'invalid' : existingId === null ? 'add' : ctx.duplicates;
  return { line, cells, values, problems, action, existingId };
}

/**
 * Validates every row below the header with the same checks a typed cell gets, and decides what
 * each row would do. Pure: the map is only read, through the existing courses passed in.
 */
export function buildImportPlan(
  rows: readonly (readonly string[])[],
  headerRow: number,
  mapping: ColumnMapping,
  existingCourses: readonly Pick<Course, 'id' | 'code'>[],
  duplicates: DuplicatePolicy,
): ImportPlan {
  const ctx: PlanContext = {
    existing: new Map(existingCourses.map((c) => [codeKey(c.code), c.id])),
    seen: new Map(),
    duplicates,
  };
  const planned = rows
    .slice(headerRow + 1)
    .map((row, index) => planRow(row, headerRow + index + 2, mapping, ctx));
  const counts: Record<RowAction, number> = { add: 0, update: 0, skip: 0, invalid: 0 };
  for (const row of planned) counts[row.action] += 1;
  return { rows: planned, counts };
}
