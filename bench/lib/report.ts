import { cpus, totalmem } from 'node:os';
import type { Metric } from '../scenarios/types';
import type { ServerKind } from './wire';

export interface Row {
  scenario: string;
  label: string;
  unit: Metric['unit'];
  tandem: number | null;
  hocuspocus: number | null;
  /** tandem / hocuspocus; null when either is missing or the peer value is 0. */
  ratio: number | null;
}

export type Results = Record<ServerKind, Metric[]>;

/** Joins both servers' metrics by key, in the order they were first produced. */
export function joinRows(results: Results): Row[] {
  const rows = new Map<string, Row>();
  for (const kind of ['tandem', 'hocuspocus'] as const) {
    for (const m of results[kind]) {
      const row = rows.get(m.key) ?? {
        scenario: m.scenario,
        label: m.label,
        unit: m.unit,
        tandem: null,
        hocuspocus: null,
        ratio: null,
      };
      row[kind] = m.value;
      rows.set(m.key, row);
    }
  }
  for (const row of rows.values()) {
    if (row.tandem !== null && row.hocuspocus) row.ratio = row.tandem / row.hocuspocus;
  }
  return [...rows.values()];
}

function format(value: number | null, digits = 2): string {
  if (value === null || Number.isNaN(value)) return '—';
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  return value.toFixed(digits);
}

export function renderTable(rows: Row[]): string {
  const header = ['scenario', 'metric', 'unit', 'tandem', 'hocuspocus', 'tandem/peer'];
  const body = rows.map((row) => [
    row.scenario,
    row.label,
    row.unit,
    format(row.tandem),
    format(row.hocuspocus),
    row.ratio === null ? '—' : `${format(row.ratio)}×`,
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...body.map((cells) => (cells[i] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
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
