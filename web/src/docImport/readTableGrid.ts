/** Word allows 63 columns; a larger colspan is a broken file and must not blow up the grid. */
const MAX_COLUMNS = 64;

function span(cell: Element, attribute: string, max: number): number {
  const value = Number.parseInt(cell.getAttribute(attribute) ?? '1', 10);
  return Number.isFinite(value) && value > 1 ? Math.min(value, max) : 1;
}

/** A cell's words: its paragraphs on separate lines, each trimmed. */
export function cellText(cell: Element): string {
  const paragraphs = [...cell.querySelectorAll('p, li')];
  const parts = paragraphs.length > 0 ? paragraphs : [cell];
  return parts
    .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '')
    .join('\n');
}

/**
 * A table as a grid of texts, merged cells repeated in every slot they cover: a module merged
 * down over its tasks gives each task row its module, and "学时" over "理论 | 实践" heads both.
 */
export function readTableGrid(table: Element): string[][] {
  const grid: string[][] = [];
  const rows = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table);
  const rowAt = (r: number): string[] => {
    const row = grid[r] ?? [];
    grid[r] = row;
    return row;
  };
  rows.forEach((tr, r) => {
    const row = rowAt(r);
    let c = 0;
    for (const cell of tr.children) {
      if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue;
      while (row[c] !== undefined) c += 1;
      if (c >= MAX_COLUMNS) break;
      const text = cellText(cell);
      const rowSpan = span(cell, 'rowspan', rows.length - r);
      const colSpan = span(cell, 'colspan', Math.max(1, MAX_COLUMNS - c));
      for (let dr = 0; dr < rowSpan; dr += 1) {
        const target = rowAt(r + dr);
        for (let dc = 0; dc < colSpan; dc += 1) target[c + dc] = text;
      }
      c += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
}

/** A table as plain text for copying: tab between cells, one line per row. */
export function tableText(table: Element): string {
  return readTableGrid(table)
    .map((row) => row.map((cell) => cell.replace(/\n/g, ' ')).join('\t'))
    .join('\n');
}
