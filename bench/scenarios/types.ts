import type { ServerKind } from '../lib/wire';

export const SCENARIO_NAMES = [
  'fanout',
  'memory',
  'history',
  'awareness',
  'joinstorm',
  'flood',
] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export interface BenchConfig {
  quick: boolean;
  /** Worker threads hosting the clients of the many-client scenarios. */
  workers: number;
  /** Tandem's TANDEM_ROOM_IDLE_MS for this run. */
  idleMs: number;
  logDir: string;
}

/** One measured number; rows with the same `key` from every server form one table line. */
export interface Metric {
  key: string;
  scenario: string;
  label: string;
  unit: 'ms' | 'µs' | 'MiB' | 'KiB' | '%' | 'edits/s' | 'updates/s' | 'count';
  value: number;
  /** Why this server has no honest value here (value is NaN); the report prints the reason. */
  skipped?: string;
}

export type Scenario = (kind: ServerKind, config: BenchConfig) => Promise<Metric[]>;

export function metric(
  scenario: string,
  label: string,
  unit: Metric['unit'],
  value: number,
): Metric {
  return { key: `${scenario}/${label}`, scenario, label, unit, value };
}

/** A metric that does not apply to a server, said so in the report instead of a number. */
export function skipped(
  scenario: string,
  label: string,
  unit: Metric['unit'],
  reason: string,
): Metric {
  return { ...metric(scenario, label, unit, Number.NaN), skipped: reason };
}

export const toMs = (us: number): number => us / 1000;
export const toMiB = (kib: number): number => kib / 1024;
