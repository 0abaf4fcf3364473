/**
 * Tandem vs Hocuspocus, side by side. Usage (from the repo root):
 *   npm run bench [-- --only fanout,memory] [--quick] [--servers tandem,hocuspocus] [--workers 2]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { joinRows, machine, type Results, renderTable } from './lib/report';
import { serverDir } from './lib/servers';
import type { ServerKind } from './lib/wire';
import { awareness } from './scenarios/awareness';
import { fanout } from './scenarios/fanout';
import { history } from './scenarios/history';
import { memory } from './scenarios/memory';
import {
  type BenchConfig,
  SCENARIO_NAMES,
  type Scenario,
  type ScenarioName,
} from './scenarios/types';

const SCENARIOS: Record<ScenarioName, Scenario> = { fanout, memory, history, awareness };
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

function parseCli(): { config: BenchConfig; scenarios: ScenarioName[]; kinds: ServerKind[] } {
  const { values } = parseArgs({
    // pnpm passes the `--` separator through to the script.
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      only: { type: 'string' },
      servers: { type: 'string' },
      quick: { type: 'boolean', default: false },
      workers: { type: 'string', default: '2' },
    },
  });
  const workers = Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1) throw new Error('--workers must be >= 1');
  const resultsDir = join(dirname(fileURLToPath(import.meta.url)), 'results');
  const logDir = join(resultsDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  return {
    config: { quick: values.quick, workers, idleMs: 1_000, logDir },
    scenarios: pick(values.only, SCENARIO_NAMES, 'scenario'),
    kinds: pick(values.servers, SERVER_KINDS, 'server'),
  };
}

async function main(): Promise<void> {
  const { config, scenarios, kinds } = parseCli();
  const runnable = kinds.filter((kind) => {
    if (kind !== 'tandem' || existsSync(join(serverDir, 'src/main.ts'))) return true;
    process.stderr.write('server/src/main.ts does not exist yet: skipping tandem\n');
    return false;
  });
  const results: Results = { tandem: [], hocuspocus: [] };
  const errors: string[] = [];
  const started = new Date();
  for (const scenario of scenarios) {
    for (const kind of runnable) {
      const t0 = performance.now();
      process.stderr.write(`▶ ${scenario} on ${kind}… `);
      try {
        results[kind].push(...(await SCENARIOS[scenario](kind, config)));
        process.stderr.write(`${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        errors.push(`${scenario} on ${kind}: ${message}`);
        process.stderr.write(`FAILED: ${message}\n`);
      }
    }
  }
  const rows = joinRows(results);
  process.stdout.write(`\n${renderTable(rows)}\n`);
  for (const error of errors) process.stdout.write(`\nerror: ${error}\n`);
  const file = join(
    config.logDir,
    '..',
    `bench-${started.toISOString().replace(/[:.]/g, '-')}.json`,
  );
  const report = { started: started.toISOString(), machine: machine(), config, rows, errors };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\nresults: ${file}\n`);
  if (errors.length > 0) process.exitCode = 1;
}

await main();
