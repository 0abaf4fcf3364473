/**
 * Tandem vs the reference y-websocket server vs Hocuspocus, side by side, each scenario repeated
 * with the servers interleaved; medians reported. Usage (from the repo root):
 *   npm run bench [-- --only joinstorm,flood] [--quick] [--reps 3]
 *     [--servers tandem,ywebsocket,hocuspocus] [--workers 2] [--wait-quiet]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { machineMeter, readCpuMs } from './lib/procStats';
import {
  formatRatio,
  formatValue,
  hasRatio,
  machine,
  medianOf,
  renderTable,
  SampleSet,
} from './lib/report';
import { serverCpuMs, serverDir } from './lib/servers';
import { sleep } from './lib/time';
import { SERVER_KINDS, SERVER_LABELS, type ServerKind } from './lib/wire';
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
  /** Runs of each scenario per server. */
  reps: number;
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
      // Default 3, or 1 with --quick (a smoke run).
      reps: { type: 'string' },
      'wait-quiet': { type: 'boolean', default: false },
    },
  });
  const workers = Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1) throw new Error('--workers must be >= 1');
  const reps = values.reps === undefined ? (values.quick ? 1 : 3) : Number(values.reps);
  if (!Number.isInteger(reps) || reps < 1) throw new Error('--reps must be >= 1');
  const resultsDir = join(dirname(fileURLToPath(import.meta.url)), 'results');
  const logDir = join(resultsDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  return {
    config: { quick: values.quick, workers, idleMs: 1_000, logDir },
    waitQuiet: values['wait-quiet'],
    scenarios: pick(values.only, SCENARIO_NAMES, 'scenario'),
    kinds: pick(values.servers, SERVER_KINDS, 'server'),
    reps,
  };
}

/** Above this share of the machine taken by unrelated processes, a run is flagged. */
const OTHER_LOAD_WARNING = 10;

/** Context of one scenario run on one server, kept in the JSON to judge the figures by. */
interface RunNote {
  rep: number;
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
  rep: number,
  scenario: ScenarioName,
  kind: ServerKind,
  cli: Cli,
): Promise<{ metrics: Metric[]; note: RunNote }> {
  const { config, waitQuiet, reps } = cli;
  const busyBefore = waitQuiet ? await waitForQuiet(120_000) : null;
  const loadBefore = loadavg()[0] ?? 0;
  const busy = machineMeter();
  const ownCpu0 = readCpuMs(process.pid) + serverCpuMs();
  const t0 = performance.now();
  process.stderr.write(`▶ rep ${rep}/${reps} ${scenario} on ${kind}… `);
  const metrics = await SCENARIOS[scenario](kind, config);
  const wallMs = performance.now() - t0;
  const machineBusyPercent = busy.stop();
  const ownPercent = (readCpuMs(process.pid) + serverCpuMs() - ownCpu0) / wallMs / cpus().length;
  const note: RunNote = {
    rep,
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

/** Median per metric and server, then the ratio of Tandem's median to each other server's. */
function report(samples: SampleSet<ServerKind>, kinds: ServerKind[]): string {
  const peers = kinds.includes('tandem') ? kinds.filter((kind) => kind !== 'tandem') : [];
  const header = [
    'scenario',
    'metric',
    'unit',
    ...kinds.map((kind) => SERVER_LABELS[kind]),
    ...peers.map((peer) => `Tandem/${SERVER_LABELS[peer]}`),
  ];
  const body = samples
    .all()
    .map((row) => [
      row.scenario,
      row.label,
      row.unit,
      ...kinds.map((kind) => formatValue(medianOf(row, kind))),
      ...peers.map((peer) =>
        hasRatio(row) ? formatRatio(medianOf(row, 'tandem'), medianOf(row, peer)) : '',
      ),
    ]);
  return renderTable(header, body, 3);
}

/** Why a server has no value in a row (the table shows — there). */
function skippedNotes(samples: SampleSet<ServerKind>, kinds: ServerKind[]): string[] {
  return samples.all().flatMap((row) =>
    kinds.flatMap((kind) => {
      const reason = row.skipped[kind];
      return reason ? [`${row.scenario}, ${row.label}, ${SERVER_LABELS[kind]}: ${reason}`] : [];
    }),
  );
}

/** One line naming the runs that shared the machine with other processes; null when none did. */
function loadWarning(runs: RunNote[]): string | null {
  const busy = runs.filter((run) => run.otherBusyPercent > OTHER_LOAD_WARNING);
  if (busy.length === 0) return null;
  const named = busy.map(
    (run) => `rep ${run.rep} ${run.scenario} on ${run.kind} ${run.otherBusyPercent.toFixed(0)}%`,
  );
  return (
    `warning: ${busy.length} of ${runs.length} runs shared the machine with other processes ` +
    `(over ${OTHER_LOAD_WARNING}% of all cores; their figures are suspect): ${named.join(', ')}`
  );
}

async function main(): Promise<void> {
  const cli = parseCli();
  const { config, scenarios, kinds, reps } = cli;
  const runnable = kinds.filter((kind) => {
    if (kind !== 'tandem' || existsSync(join(serverDir, 'src/main.ts'))) return true;
    process.stderr.write('server/src/main.ts does not exist yet: skipping tandem\n');
    return false;
  });
  const samples = new SampleSet<ServerKind>();
  const errors: string[] = [];
  const runs: RunNote[] = [];
  const started = new Date();
  for (const scenario of scenarios) {
    // Repetitions interleave the servers, so a change in the machine's load spreads over all.
    for (let rep = 1; rep <= reps; rep++) {
      for (const kind of runnable) {
        try {
          const { metrics, note } = await runOne(rep, scenario, kind, cli);
          samples.add(kind, metrics);
          runs.push(note);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          errors.push(`rep ${rep} ${scenario} on ${kind}: ${message}`);
          process.stderr.write(`FAILED: ${message}\n`);
        }
      }
    }
  }
  process.stdout.write(`\nmedians of ${reps} run(s) per server (every sample is in the JSON)\n`);
  process.stdout.write(`${report(samples, runnable)}\n`);
  const skipped = skippedNotes(samples, runnable).map((note) => `skipped: ${note}`);
  if (skipped.length > 0) process.stdout.write(`\n${skipped.join('\n')}\n`);
  const warning = loadWarning(runs);
  if (warning) process.stdout.write(`\n${warning}\n`);
  for (const error of errors) process.stdout.write(`\nerror: ${error}\n`);
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  const file = join(config.logDir, '..', `bench-${stamp}.json`);
  const rows = samples.all().map((row) => ({
    ...row,
    median: Object.fromEntries(runnable.map((kind) => [kind, medianOf(row, kind) ?? null])),
  }));
  const json = {
    started: started.toISOString(),
    machine: machine(),
    config,
    reps,
    rows,
    runs,
    errors,
  };
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  process.stdout.write(`\nresults: ${file}\n`);
  if (errors.length > 0) process.exitCode = 1;
}

await main();
