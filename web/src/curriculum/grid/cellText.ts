import type { CellKind, CellOption } from './columns';

/** Numbers as people read them in a plan: no float noise, at most two decimals. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return String(Math.round(value * 100) / 100);
}

function optionLabel(options: readonly CellOption[] | undefined, value: string): string {
  const option = options?.find((o) => o.value === value);
  return option ? (option.short ?? option.label) : value;
}

/** The text a cell shows when it is not being edited. */
export function formatCell(
  kind: CellKind,
  value: unknown,
  options?: readonly CellOption[],
): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? '✓' : '';
  if (Array.isArray(value)) {
    const parts = value.map((v) => (kind === 'tags' ? optionLabel(options, String(v)) : String(v)));
    return parts.join(kind === 'list' ? ', ' : ' · ');
  }
  const text = String(value);
  return kind === 'enum' ? optionLabel(options, text) : text;
}

/** What the input holds when editing starts: the stored value, or the key that was typed. */
export function draftFromValue(value: unknown, seed: string | null): string {
  if (seed !== null) return seed;
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}

/**
 * What is handed to the domain validator. Text goes as typed: the domain converts full-width
 * digits, "3,4" term lists and number text itself, and refuses what it cannot read ("abc" in an
 * hours cell), so the interface and every other writer agree on what a cell accepts.
 */
export function rawFromDraft(kind: CellKind, draft: string, nullable: boolean): unknown {
  if (kind === 'enum' && draft === '' && nullable) return null;
  if (kind === 'text' && draft.trim() === '' && nullable) return null;
  return draft;
}

/** A tag set with one member switched, in a stable order (the option order). */
export function toggleMember(
  current: readonly string[],
  member: string,
  options: readonly CellOption[],
): string[] {
  const next = new Set(current);
  if (next.has(member)) next.delete(member);
  else next.add(member);
  const order = options.map((o) => o.value);
  return [...next].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
