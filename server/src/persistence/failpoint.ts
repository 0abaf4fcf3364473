/**
 * Crash points for the durability tests. With `TANDEM_FAILPOINT=<name>` in its environment, the
 * process kills itself with SIGKILL on reaching `<name>`, inside the store's write transaction,
 * as a power cut or the OOM killer would at that moment. Unset (always, outside those tests) it
 * costs one comparison. Read once, at start.
 */
export type Failpoint = 'checkpoint-write' | 'merge' | 'pack' | 'pack-grow';

const armed = process.env.TANDEM_FAILPOINT;

export function failpoint(name: Failpoint): void {
  if (armed === name) process.kill(process.pid, 'SIGKILL');
}
