import { cpus, totalmem } from 'node:os';
import type { Metric } from '../scenarios/types';
import { median } from './stats';

/** One metric over repeated runs: every sample per column (a server, or a set-up of servers). */
export interface SampleRow<C extends string> {
  scenario: string;
  label: string;
  unit: Metric['unit'];
  samples: Partial<Record<C, number[]>>;
  /** Columns that have no value for this metric, and why (Metric.skipped). */
  skipped: Partial<Record<C, string>>;
}

/** Collects the metrics of repeated runs by key; rows keep the order they were first produced. */
export class SampleSet<C extends string> {
  private readonly rows = new Map<string, SampleRow<C>>();

  add(column: C, metrics: readonly Metric[]): void {
    for (const m of metrics) {
      const row: SampleRow<C> = this.rows.get(m.key) ?? {
        scenario: m.scenario,
        label: m.label,
        unit: m.unit,
        samples: {},
        skipped: {},
      };
      this.rows.set(m.key, row);
      if (m.skipped !== undefined) row.skipped[column] = m.skipped;
      else row.samples[column] = [...(row.samples[column] ?? []), m.value];
    }
  }

  all(): SampleRow<C>[] {
    return [...this.rows.values()];
  }
}

/** The median of a column's samples; undefined when it has none. */
export function medianOf<C extends string>(row: SampleRow<C>, column: C): number | undefined {
  const values = row.samples[column];
  return values && values.length > 0 ? median(values) : undefined;
}

/** A ratio of delivery percentages says nothing the percentages do not; CPU shares compare. */
export function hasRatio(row: Pick<SampleRow<string>, 'unit' | 'label'>): boolean {
  return row.unit !== '%' || row.label.includes('CPU');
}

export function formatValue(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  return value.toFixed(2);
}

/** value ÷ base; only between non-negative figures (a negative difference has no ratio). */
export function formatRatio(value: number | undefined, base: number | undefined): string {
  if (value === undefined || base === undefined || !(base > 0) || !(value >= 0)) return '—';
  return `${(value / base).toFixed(2)}×`;
}

/** A plain-text table: the first `textColumns` columns left-aligned, the numbers right-aligned. */
export function renderTable(header: string[], body: string[][], textColumns = 1): string {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...body.map((cells) => (cells[i] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) =>
        i < textColumns ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
      )
      .join('  ');
  return [header, widths.map((w) => '-'.repeat(w)), ...body].map(line).join('\n');
}

export function machine(): Record<string, string | number> {
  const cpu = cpus();
  return {
    cpuModel: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}
