import * as Y from 'yjs';
import type { DocImportProfile, RowProblem, TableColumn, TableMapping } from './DocImportProfile';

/** What recognising a table by its header needs: its columns and the ones it must name. */
type TableShape = Pick<TableMapping, 'columns' | 'required'>;

/** Lower case, no spaces or punctuation: "Hours (theory)" and "hours theory" meet. */
export function normaliseCell(text: string): string {
  return text.toLowerCase().replace(/[\p{P}\p{S}\s]/gu, '');
}

export type RowAction = 'add' | 'skip' | 'invalid';

export interface PlannedRow {
  /** 1-based row of the Word table, header rows included, as a person counts them. */
  line: number;
  cells: string[];
  values: Record<string, unknown>;
  problems: RowProblem[];
  action: RowAction;
}

export interface PlannedTable {
  mapping: TableMapping;
  /** The header as the file words it, one text per column. */
  header: string[];
  /** The field each column feeds, or null for a column the import does not read. */
  fields: (string | null)[];
  rows: PlannedRow[];
}

function columnFor(mapping: TableShape, text: string): TableColumn | null {
  const key = normaliseCell(text);
  if (key === '') return null;
  const exact = mapping.columns.find((c) => c.headers.some((h) => normaliseCell(h) === key));
  if (exact) return exact;
  return (
    mapping.columns.find((c) =>
      c.headers.some((h) => normaliseCell(h).length > 1 && key.startsWith(normaliseCell(h))),
    ) ?? null
  );
}

interface Header {
  rows: number;
  start: number;
  columns: (TableColumn | null)[];
}

/**
 * Finds the header among the first rows (a title row may come first): one row, or two when the
 * second names columns the first only groups ("学时" over "理论 | 实践").
 */
function findHeader(grid: readonly string[][], mapping: TableShape): Header | null {
  for (let start = 0; start < Math.min(3, grid.length); start += 1) {
    const top = grid[start] ?? [];
    const below = grid[start + 1] ?? [];
    const topColumns = top.map((t) => columnFor(mapping, t));
    const belowColumns = below.map((t) => columnFor(mapping, t));
    const adds = belowColumns.some((c) => c !== null && !topColumns.includes(c));
    const allHeader = below.every((t, i) => t === '' || t === top[i] || belowColumns[i] !== null);
    const two = adds && allHeader;
    const seen = new Set<TableColumn>();
    const columns = top.map((_, i) => {
      const column = (two ? belowColumns[i] : null) ?? topColumns[i] ?? null;
      if (column === null || seen.has(column)) return null;
      seen.add(column);
      return column;
    });
    const names = (field: string) => columns.some((c) => c?.field === field);
    if (mapping.required.every((either) => either.split('|').some(names)))
      return { rows: two ? 2 : 1, start, columns };
  }
  return null;
}

/** The template table a grid is, by its header; the one naming most columns wins. */
export function recogniseTable<M extends TableShape>(
  grid: readonly string[][],
  mappings: readonly M[],
): { mapping: M; header: Header } | null {
  let best: { mapping: M; header: Header; named: number } | null = null;
  for (const mapping of mappings) {
    const header = findHeader(grid, mapping);
    if (!header) continue;
    const named = header.columns.filter((c) => c !== null).length;
    if (!best || named > best.named) best = { mapping, header, named };
  }
  return best;
}

/**
 * The stored value a cell names: its exact words first, else the longest known word inside it
 * ("电商实训室" is on campus, "企业现场" at the enterprise).
 */
export function matchChoice(
  choices: Readonly<Record<string, string>>,
  text: string,
): string | null {
  const key = normaliseCell(text);
  const exact = choices[key];
  if (exact !== undefined) return exact;
  const inside = Object.keys(choices)
    .filter((word) => word.length > 1 && key.includes(word))
    .sort((a, b) => b.length - a.length)[0];
  return inside === undefined ? null : (choices[inside] ?? null);
}

const TOTAL_WORDS = new Set(['合计', '总计', '小计', '共计', 'total', 'subtotal', 'sum']);
const NONE_WORDS = new Set(['-', '—', '–', '/', '／', '无', 'n/a', 'na']);

function cellInput(column: TableColumn, text: string): { input: unknown } | { missing: true } {
  const trimmed = text.trim();
  if (trimmed === '' || NONE_WORDS.has(trimmed.toLowerCase())) {
    return column.empty === undefined ? { missing: true } : { input: column.empty };
  }
  if (column.kind === 'percent') return { input: trimmed.replace(/\s*[%％]$/, '') };
  return { input: trimmed };
}

function planCells(
  profile: DocImportProfile,
  mapping: TableMapping,
  columns: readonly (TableColumn | null)[],
  cells: readonly string[],
): { values: Record<string, unknown>; problems: RowProblem[] } {
  const values: Record<string, unknown> = {};
  const problems: RowProblem[] = [];
  columns.forEach((column, i) => {
    if (column === null) return;
    const text = cells[i] ?? '';
    const read = cellInput(column, text);
    if ('missing' in read) return;
    let input = read.input;
    if (column.choices && typeof input === 'string') {
      const choice = matchChoice(column.choices, input);
      if (choice === null) {
        const allowed = (column.labels ?? []).join(' / ');
        problems.push({
          field: column.field,
          local: 'unknownChoice',
          params: { value: text, allowed },
        });
        return;
      }
      input = choice;
    }
    const checked = profile.validateField(mapping.collection, column.field, input);
    if (checked.ok) values[column.field] = checked.value;
    else problems.push({ field: column.field, message: checked.message });
  });
  return { values, problems };
}

/**
 * Plans every row below the header with the checks a typed cell gets, then the whole row
 * through the domain's writer on a scratch document: what the preview calls valid is exactly
 * what the import will write.
 */
export function planTable(
  grid: readonly string[][],
  mapping: TableMapping,
  header: Header,
  profile: DocImportProfile,
  taken: Set<string>,
): PlannedTable {
  const scratch = new Y.Doc();
  const rows: PlannedRow[] = [];
  const headerTexts = grid[header.start + header.rows - 1] ?? [];
  for (let r = header.start + header.rows; r < grid.length; r += 1) {
    const cells = grid[r] ?? [];
    if (cells.every((c) => c.trim() === '')) continue;
    if (cells.every((c, i) => c === headerTexts[i])) continue;
    const line = r + 1;
    const first = cells.find((c) => c.trim() !== '') ?? '';
    if (TOTAL_WORDS.has(normaliseCell(first))) {
      rows.push({ line, cells, values: {}, problems: [], action: 'skip' });
      continue;
    }
    const planned = planCells(profile, mapping, header.columns, cells);
    let values = planned.values;
    const problems = planned.problems;
    if (problems.length === 0) {
      values = profile.completeRow?.(mapping.collection, values, taken) ?? values;
      const dryRun = profile.addRow(scratch, mapping.collection, values, null);
      if (!dryRun.ok) {
        const field = dryRun.message.params?.field;
        problems.push({ field: typeof field === 'string' ? field : null, message: dryRun.message });
      } else if (typeof values.code === 'string') {
        taken.add(values.code);
      }
    }
    rows.push({ line, cells, values, problems, action: problems.length > 0 ? 'invalid' : 'add' });
  }
  scratch.destroy();
  const texts = headerTexts.map((t, i) => t || (grid[header.start]?.[i] ?? ''));
  return { mapping, header: texts, fields: header.columns.map((c) => c?.field ?? null), rows };
}
