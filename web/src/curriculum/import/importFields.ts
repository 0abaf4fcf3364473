/** The course fields a spreadsheet column can be mapped to, in the order the mapping screen shows. */
export const IMPORT_FIELDS = [
  'code',
  'name',
  'hoursTheory',
  'hoursPractice',
  'credits',
  'terms',
  'nature',
  'assessment',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Field → column index in the table, or null when no column feeds it. */
export type ColumnMapping = Record<ImportField, number | null>;

/**
 * Header texts seen in Chinese and English course lists, compared after `normaliseHeader`. An
 * exact match wins over a prefix match, so "课程代码" is the code even when "课程" alone is ambiguous.
 */
const HEADER_ALIASES: Record<ImportField, readonly string[]> = {
  code: [
    '课程代码',
    '课程编码',
    '课程编号',
    '代码',
    '编码',
    '编号',
    'code',
    'coursecode',
    'courseno',
  ],
  name: ['课程名称', '课程名', '名称', 'name', 'coursename', 'course', 'title'],
  hoursTheory: ['理论学时', '理论课时', '理论', 'theory', 'hourstheory', 'theoryhours'],
  hoursPractice: [
    '实践学时',
    '实践课时',
    '实训学时',
    '实践',
    'practice',
    'hourspractice',
    'practicehours',
  ],
  credits: ['学分', 'credits', 'credit'],
  terms: ['开设学期', '开课学期', '学期', 'terms', 'term', 'semester', 'semesters'],
  nature: ['课程性质', '性质', '课程类型', '类型', 'nature', 'type', 'coursetype'],
  assessment: ['考核方式', '考核', '考试方式', 'assessment', 'exam'],
};

/** Lower case, no spaces, brackets or punctuation: "Hours (theory)" and "hours_theory" meet. */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_\-()（）[\]【】:：/.]+/g, '')
    .trim();
}

/** The field a header names, or null. */
export function fieldForHeader(header: string): ImportField | null {
  const text = normaliseHeader(header);
  if (text === '') return null;
  for (const field of IMPORT_FIELDS) if (HEADER_ALIASES[field].includes(text)) return field;
  for (const field of IMPORT_FIELDS) {
    if (HEADER_ALIASES[field].some((alias) => alias.length > 1 && text.startsWith(alias)))
      return field;
  }
  return null;
}

/** Guesses each field's column from a header row; each column feeds at most one field. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping = emptyMapping();
  header.forEach((cell, index) => {
    const field = fieldForHeader(cell);
    if (field && mapping[field] === null) mapping[field] = index;
  });
  return mapping;
}

export function emptyMapping(): ColumnMapping {
  return Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ColumnMapping;
}

const HEADER_SEARCH_ROWS = 10;

/**
 * The header is the first of the top rows naming at least two fields (course lists often start
 * with a title line such as "电子商务专业课程设置表"); without one, the first non-empty row.
 */
export function findHeaderRow(rows: readonly (readonly string[])[]): number {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i += 1) {
    const named = new Set((rows[i] ?? []).map(fieldForHeader).filter((f) => f !== null));
    if (named.size >= 2) return i;
  }
  const first = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  return Math.max(first, 0);
}
