/**
 * Tandem vs Hocuspocus, side by side. Usage (from the repo root):
 *   npm run bench [-- --only joinstorm,flood] [--quick] [--servers tandem,hocuspocus] [--workers 2]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { machineMeter, readCpuMs } from './lib/procStats';
import { joinRows, machine, type Results, renderTable } from './lib/report';
import { serverCpuMs, serverDir } from './lib/servers';
import { sleep } from './lib/time';
import type { ServerKind } from './lib/wire';
import { awareness } from './scenarios/awareness';
import { fanout } from './scenarios/fanout';
import { flood } from './scenarios/flood';
import { history } from './scenarios/history';
import { joinstorm } from './scenarios/joinstorm';
import { memory } from './scenarios/memory';
import {
  type BenchConfig,
  type Metric,
  SCENARIO_NAMES,
  type Scenario,
  type ScenarioName,
} from './scenarios/types';

const SCENARIOS: Record<ScenarioName, Scenario> = {
  fanout,
  memory,
  history,
  awareness,
  joinstorm,
  flood,
};
const SERVER_KINDS: readonly ServerKind[] = ['tandem', 'hocuspocus'];

function pick<T extends string>(raw: string | undefined, allowed: readonly T[], what: string): T[] {
  if (!raw) return [...allowed];
  const picked = raw.split(',').map((name) => name.trim());
  for (const name of picked) {
    if (!allowed.includes(name as T)) {
      throw new Error(`unknown ${what} "${name}"; choose from ${allowed.join(', ')}`);
    }
  }
  return picked as T[];
}

interface Cli {
  config: BenchConfig;
  scenarios: ScenarioName[];
  kinds: ServerKind[];
  /** Before each run, wait (bounded) for other processes to leave the CPU alone. */
  waitQuiet: boolean;
}

/** Samples the machine each second until it is under 15% busy; gives up after `maxMs`. */
async function waitForQuiet(maxMs: number): Promise<number> {
  const deadline = Date.now() + maxMs;
  for (;;) {
    const meter = machineMeter();
    await sleep(1_000);
    const busy = meter.stop();
    if (busy < 15 || Date.now() >= deadline) return busy;
  }
}

function parseCli(): Cli {
  const { values } = parseArgs({
    // pnpm passes the `--` separator through to the script.
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      only: { type: 'string' },
      servers: { type: 'string' },
      quick: { type: 'boolean', default: false },
      workers: { type: 'string', default: '2' },
      'wait-quiet': { type: 'boolean', default: false },
    },
  });
  const workers = Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1) throw new Error('--workers must be >= 1');
  const resultsDir = join(dirname(fileURLToPath(import.meta.url)), 'results');
  const logDir = join(resultsDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  return {
    config: { quick: values.quick, workers, idleMs: 1_000, logDir },
    waitQuiet: values['wait-quiet'],
    scenarios: pick(values.only, SCENARIO_NAMES, 'scenario'),
    kinds: pick(values.servers, SERVER_KINDS, 'server'),
  };
}

/** Above this share of the machine taken by unrelated processes, a run is flagged. */
const OTHER_LOAD_WARNING = 10;

/** Context of one scenario run on one server, kept in the JSON to judge the figures by. */
interface RunNote {
  scenario: ScenarioName;
  kind: ServerKind;
  seconds: number;
  /** Whole machine, % of all cores, bench and server included. */
  machineBusyPercent: number;
  /** The same less the bench and its servers: CPU taken by unrelated processes. */
  otherBusyPercent: number;
  /** 1-minute load average when the run started; above ~0.5 something else was running. */
  loadBefore: number;
  /** With --wait-quiet: machine busy % in the last second before the run. */
  busyBefore: number | null;
}

/** Runs one scenario on one server; returns its metrics and how busy the machine was. */
async function runOne(
  scenario: ScenarioName,
  kind: ServerKind,
  config: BenchConfig,
  waitQuiet: boolean,
): Promise<{ metrics: Metric[]; note: RunNote }> {
  const busyBefore = waitQuiet ? await waitForQuiet(120_000) : null;
  const loadBefore = loadavg()[0] ?? 0;
  const busy = machineMeter();
  const ownCpu0 = readCpuMs(process.pid) + serverCpuMs();
  const t0 = performance.now();
  process.stderr.write(`▶ ${scenario} on ${kind}… `);
  const metrics = await SCENARIOS[scenario](kind, config);
  const wallMs = performance.now() - t0;
  const machineBusyPercent = busy.stop();
  const ownPercent = (readCpuMs(process.pid) + serverCpuMs() - ownCpu0) / wallMs / cpus().length;
  const note: RunNote = {
    scenario,
    kind,
    seconds: wallMs / 1000,
    machineBusyPercent,
    otherBusyPercent: Math.max(0, machineBusyPercent - 100 * ownPercent),
    loadBefore,
    busyBefore,
  };
  process.stderr.write(
    `${note.seconds.toFixed(1)} s (other processes: ${note.otherBusyPercent.toFixed(0)}% of the machine)\n`,
  );
  return { metrics, note };
}

async function main(): Promise<void> {
  const { config, scenarios, kinds, waitQuiet } = parseCli();
  const runnable = kinds.filter((kind) => {
    if (kind !== 'tandem' || existsSync(join(serverDir, 'src/main.ts'))) return true;
    process.stderr.write('server/src/main.ts does not exist yet: skipping tandem\n');
    return false;
  });
  const results: Results = { tandem: [], hocuspocus: [] };
  const errors: string[] = [];
  const runs: RunNote[] = [];
  const started = new Date();
  for (const scenario of scenarios) {
    for (const kind of runnable) {
      try {
        const { metrics, note } = await runOne(scenario, kind, config, waitQuiet);
        results[kind].push(...metrics);
        runs.push(note);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        errors.push(`${scenario} on ${kind}: ${message}`);
        process.stderr.write(`FAILED: ${message}\n`);
      }
    }
  }
  const rows = joinRows(results);
  process.stdout.write(`\n${renderTable(rows)}\n`);
  for (const run of runs.filter((r) => r.otherBusyPercent > OTHER_LOAD_WARNING)) {
    process.stdout.write(
      `\nwarning: ${run.scenario} on ${run.kind} shared the machine with other processes ` +
        `(${run.otherBusyPercent.toFixed(0)}% of all cores); its figures are suspect\n`,
    );
  }
  for (const error of errors) process.stdout.write(`\nerror: ${error}\n`);
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  const file = join(config.logDir, '..', `bench-${stamp}.json`);
  const report = { started: started.toISOString(), machine: machine(), config, rows, runs, errors };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\nresults: ${file}\n`);
  if (errors.length > 0) process.exitCode = 1;
}

await main();
