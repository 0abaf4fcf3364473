import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger';
import type { SqliteDatabase } from './openDatabase';

/** How often the worker copies the WAL into the database file. */
const EVERY_MS = 200;
/** WAL frames (pages) past which a checkpoint also makes the log start over: ~4 MiB. */
const RESTART_FRAMES = 1_000;
/** SQLite's own default, put back if the worker stops: the WAL must not grow without bound. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1_000;

/**
 * The worker: its own connection to the file. After a tick in which anything was committed it
 * runs a PASSIVE checkpoint, which takes no lock a writer waits for: it copies what no reader
 * still needs and fsyncs, here instead of on the event loop (a RESTART follows when the log is
 * large). After a tick with no commit it empties the WAL file (TRUNCATE, which gives up at once
 * if anyone is busy), so an idle server keeps no WAL on disk. A failure is reported once until
 * it changes, not on every tick.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 0');
let seen = null;
let emptied = false;
let lastError = '';
const timer = setInterval(() => {
  try {
    const version = db.pragma('data_version', { simple: true });
    if (version !== seen) {
      seen = version;
      emptied = false;
      const { log } = db.pragma('wal_checkpoint(PASSIVE)')[0];
      // Writes that never pause leave no moment for the log to start over, so it would grow
      // without end; past this size, RESTART makes the next write start it over (it holds off
      // writers while it copies the last frames, and gives up at once if one is busy).
      if (log > workerData.restartFrames) db.pragma('wal_checkpoint(RESTART)');
    } else if (!emptied) {
      emptied = db.pragma('wal_checkpoint(TRUNCATE)')[0].busy === 0;
    }
    lastError = '';
  } catch (err) {
    const error = String((err && err.message) || err);
    if (error !== lastError) parentPort.postMessage({ error });
    lastError = error;
  }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Copies SQLite's write-ahead log into the database file from a worker thread. SQLite's
 * automatic checkpoint runs inside the commit of whichever transaction passes 1,000 WAL pages:
 * 6–13 ms, mostly fsync, on the event loop, before that update could be broadcast (issue 14:
 * it decided the fan-out's p99). With this running, the server's connection never checkpoints
 * on its own; if the worker fails, the automatic checkpoint comes back.
 */
export class WalCheckpointer {
  private readonly worker: Worker;
  private stopped = false;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly log: Logger | undefined,
  ) {
    db.pragma('wal_autocheckpoint = 0');
    this.worker = new Worker(WORKER, {
      eval: true,
      workerData: {
        driver: createRequire(import.meta.url).resolve('better-sqlite3'),
        file: db.name,
        everyMs: EVERY_MS,
        restartFrames: RESTART_FRAMES,
      },
    });
    this.worker.on('message', (message: { error?: string }) => {
      if (message.error) this.log?.warn({ reason: message.error }, 'WAL checkpoint failed');
    });
    this.worker.on('error', (err) => this.fallBack(err));
    this.worker.on('exit', (code) => {
      if (!this.stopped) this.fallBack(new Error(`checkpoint worker exited with ${code}`));
    });
    // After the listeners: a 'message' listener added later would hold the process open again.
    this.worker.unref();
  }

  /** Whether the worker is copying the WAL (false once stopped or failed). */
  get running(): boolean {
    return !this.stopped;
  }

  /** Stops the worker and closes its connection; the caller may then close the database. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    // Held open until the worker is gone, or a process with nothing else to do would end first.
    this.worker.ref();
    this.worker.postMessage('stop');
    await exited;
  }

  private fallBack(err: unknown): void {
    if (this.stopped) return;
    this.stopped = true;
    this.log?.error({ err }, 'WAL checkpoint worker stopped; SQLite checkpoints in commits again');
    if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
  }
}
