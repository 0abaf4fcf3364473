/**
 * Fan-out with editors split over two nodes (issue 13): Tandem on one node (SQLite), one node on
 * PostgreSQL + Redis, two nodes on one PostgreSQL + Redis, and Hocuspocus on one and on two
 * instances with its Redis extension — in one run, repeated, medians reported. Usage:
 *   pnpm --filter @tandem/bench fanout-nodes [-- --reps 3] [--clients 50] [--updates 200]
 *     [--burst 1000] [--setups tandem-1,tandem-2-pg,hocuspocus-2] [--workers 2]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SETUP_NAMES, SETUPS, type SetupName } from './lib/cluster';
import { machineMeter } from './lib/procStats';
import {
  formatRatio,
  formatValue,
  hasRatio,
  machine,
  medianOf,
  renderTable,
  type SampleRow,
  SampleSet,
} from './lib/report';
import { type FanoutNodesConfig, fanoutNodes } from './scenarios/fanoutNodes';
import type { Metric } from './scenarios/types';

interface RunNote {
  rep: number;
  setup: SetupName;
  seconds: number;
  /** 1-minute load average when the run started. */
  loadBefore: number;
  /** Whole machine busy during the run, % of all cores (the bench and its servers included). */
  machineBusyPercent: number;
}

function count(raw: string | undefined, name: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be an integer >= 1`);
  return value;
}

function parseCli(): { config: FanoutNodesConfig; reps: number; setups: SetupName[] } {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      reps: { type: 'string', default: '3' },
      clients: { type: 'string', default: '50' },
      updates: { type: 'string', default: '200' },
      burst: { type: 'string', default: '1000' },
      workers: { type: 'string', default: '2' },
      setups: { type: 'string', default: SETUP_NAMES.join(',') },
    },
  });
  const setups = values.setups.split(',').map((name) => name.trim());
  for (const name of setups) {
    if (!(SETUP_NAMES as readonly string[]).includes(name)) {
      throw new Error(`unknown set-up "${name}"; choose from ${SETUP_NAMES.join(', ')}`);
    }
  }
  const logDir = join(dirname(fileURLToPath(import.meta.url)), 'results', 'logs');
  mkdirSync(logDir, { recursive: true });
  return {
    reps: count(values.reps, 'reps'),
    setups: setups as SetupName[],
    config: {
      clients: count(values.clients, 'clients'),
      updates: count(values.updates, 'updates'),
      burst: count(values.burst, 'burst'),
      workers: count(values.workers, 'workers'),
      idleMs: 1_000,
      logDir,
      // The environment's own names win, so CI or another machine can point elsewhere.
      adminDatabaseUrl:
        process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
      redisUrl: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
    },
  };
}

/** Medians per metric and set-up, with ratios against Tandem one node and Hocuspocus two. */
function report(samples: SampleSet<SetupName>, setups: SetupName[]): string {
  const rows = samples.all();
  const key = (row: SampleRow<SetupName>): string => `${row.label} (${row.unit})`;
  const values = renderTable(
    ['median of the runs', ...setups],
    rows.map((row) => [key(row), ...setups.map((s) => formatValue(medianOf(row, s)))]),
  );
  const ratios = (base: SetupName): string =>
    renderTable(
      [`÷ ${base}`, ...setups],
      rows.map((row) => [
        key(row),
        ...setups.map((s) =>
          hasRatio(row) ? formatRatio(medianOf(row, s), medianOf(row, base)) : '',
        ),
      ]),
    );
  const legend = setups.map((s) => `  ${s}: ${SETUPS[s].label}`).join('\n');
  return [legend, values, ratios('tandem-1'), ratios('hocuspocus-2')].join('\n\n');
}

async function main(): Promise<void> {
  const { config, reps, setups } = parseCli();
  const samples = new SampleSet<SetupName>();
  const runs: RunNote[] = [];
  const errors: string[] = [];
  const started = new Date();
  // Repetitions interleave the set-ups, so a change in the machine's load spreads over all.
  for (let rep = 1; rep <= reps; rep++) {
    for (const setup of setups) {
      const loadBefore = loadavg()[0] ?? 0;
      const busy = machineMeter();
      const t0 = performance.now();
      process.stderr.write(`▶ rep ${rep}/${reps} ${setup} (load ${loadBefore.toFixed(2)})… `);
      let metrics: Metric[] = [];
      try {
        metrics = await fanoutNodes(setup, config);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        errors.push(`rep ${rep} ${setup}: ${message}`);
        process.stderr.write(`FAILED: ${message}\n`);
        continue;
      }
      const note = {
        rep,
        setup,
        seconds: (performance.now() - t0) / 1000,
        loadBefore,
        machineBusyPercent: busy.stop(),
      };
      runs.push(note);
      process.stderr.write(
        `${note.seconds.toFixed(1)} s, machine ${note.machineBusyPercent.toFixed(0)}% busy\n`,
      );
      samples.add(setup, metrics);
    }
  }
  process.stdout.write(`\n${report(samples, setups)}\n`);
  for (const error of errors) process.stdout.write(`\nerror: ${error}\n`);
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  const file = join(config.logDir, '..', `fanout-nodes-${stamp}.json`);
  const raw = Object.fromEntries(
    samples.all().map((row) => [`${row.label} (${row.unit})`, row.samples]),
  );
  const { adminDatabaseUrl: _url, ...shown } = config;
  const out = {
    started: started.toISOString(),
    machine: machine(),
    config: shown,
    raw,
    runs,
    errors,
  };
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  process.stdout.write(`\nresults: ${file}\n`);
  if (errors.length > 0) process.exitCode = 1;
}

await main();
