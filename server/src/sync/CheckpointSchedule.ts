/** When a room asks for a checkpoint: whichever comes first. */
export interface CheckpointTriggers {
  /** Updates logged since the last checkpoint (TANDEM_CHECKPOINT_EVERY). */
  updates: number;
  /** Bytes logged since then: a few large pastes cost as much replay as many keystrokes. */
  bytes: number;
  /** Time since then, once anything was logged: a slow trickle still gets checkpointed. */
  ms: number;
}

export const DEFAULT_CHECKPOINT_BYTES = 4 * 1024 * 1024;
export const DEFAULT_CHECKPOINT_MS = 10 * 60_000;

/**
 * Counts what a room has logged since its last checkpoint request, so that loading a document
 * never replays more than a bounded tail: at most `updates` updates, about `bytes` bytes, or
 * `ms` of editing, whichever is reached first.
 */
export class CheckpointSchedule {
  private updates = 0;
  private bytes = 0;
  private since: number;

  constructor(
    private readonly triggers: CheckpointTriggers,
    private readonly now: () => number = Date.now,
  ) {
    this.since = now();
  }

  /** Updates logged since the last request (the replay tail a load would have). */
  get pending(): number {
    return this.updates;
  }

  /** Starts counting from a tail already in the log (`updates` long) when a room loads. */
  startFrom(updates: number): void {
    this.updates = updates;
    this.bytes = 0;
    this.since = this.now();
  }

  /** Notes an append; true when a checkpoint is due now (the counts then start again). */
  logged(updates: number, bytes: number): boolean {
    this.updates += updates;
    this.bytes += bytes;
    const t = this.triggers;
    const due =
      this.updates >= t.updates || this.bytes >= t.bytes || this.now() - this.since >= t.ms;
    if (due) this.startFrom(0);
    return due;
  }
}
