import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A memory field of /proc/<pid>/status in KiB: VmRSS (resident now), VmHWM (peak resident). */
export function readStatusKiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB$`, 'm').exec(status);
  if (!match?.[1]) throw new Error(`no ${field} for pid ${pid}`);
  return Number(match[1]);
}

/** Resident set size of a process in KiB, from /proc/<pid>/status. */
export function readRssKiB(pid: number): number {
  return readStatusKiB(pid, 'VmRSS');
}

export interface RssSampler {
  /** Highest VmRSS seen so far, KiB. */
  readonly peakKiB: number;
  /** Stops sampling; returns the peak. */
  stop(): number;
}

/**
 * Samples a process's VmRSS every `everyMs` and keeps the highest value. VmHWM would give the
 * peak without sampling, but over the process's whole life, not over one phase of a scenario.
 * `onSample` sees every reading (e.g. to stop a load before it exhausts the machine).
 */
export function rssSampler(
  pid: number,
  everyMs: number,
  onSample?: (kiB: number) => void,
): RssSampler {
  let peakKiB = 0;
  const sample = (): void => {
    try {
      const kiB = readRssKiB(pid);
      peakKiB = Math.max(peakKiB, kiB);
      onSample?.(kiB);
    } catch {
      // The process is gone (crashed); the scenario notices on its next request.
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    get peakKiB() {
      return peakKiB;
    },
    stop() {
      clearInterval(timer);
      sample();
      return peakKiB;
    },
  };
}

let clockTicks: number | null = null;

function ticksPerSecond(): number {
  if (clockTicks !== null) return clockTicks;
  try {
    clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    // getconf is missing on some minimal images; 100 is the Linux default.
    clockTicks = 100;
  }
  return clockTicks;
}

/** User + system CPU time consumed by a process so far, in milliseconds. */
export function readCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start at field 3 (state).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / ticksPerSecond();
}

/** Measures CPU use of `pid` between `start()` and `stop()` as a percentage of one core. */
export function cpuMeter(pid: number): { stop(): { cpuPercent: number; wallMs: number } } {
  const cpu0 = readCpuMs(pid);
  const wall0 = performance.now();
  return {
    stop() {
      const wallMs = performance.now() - wall0;
      return { cpuPercent: ((readCpuMs(pid) - cpu0) / wallMs) * 100, wallMs };
    },
  };
}

/** Busy and total jiffies of the whole machine, all cores, from /proc/stat. */
function readSystemJiffies(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const total = values.slice(0, 8).reduce((sum, v) => sum + v, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { busy: total - idle, total };
}

/**
 * How busy the whole machine was between `start()` and `stop()`, as % of all cores. The bench
 * and the server under test are part of it; anything well above their share means another
 * process competed for the CPU and the figures of that run are suspect.
 */
export function machineMeter(): { stop(): number } {
  const before = readSystemJiffies();
  return {
    stop() {
      const after = readSystemJiffies();
      const total = after.total - before.total;
      return total > 0 ? (100 * (after.busy - before.busy)) / total : 0;
    },
  };
}
