import { migrateDoc } from '@tandem/domain';
import { ErrorCode, type VersionKind } from '@tandem/protocol';
import * as Y from 'yjs';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { type DocumentStore, stateAt } from '../persistence';
import type { RoomManager, TxOrigin } from '../sync';
import { AutoVersioner } from './AutoVersioner';
import type { ClientIndex } from './ClientIndex';
import { compareRange } from './compare';
import { hashDoc } from './docContent';
import { restoreUpdate } from './restoreDoc';
import type { VersionRecord, VersionStore } from './VersionStore';

export interface HistoryOptions {
  /** A burst of editing ends after this long without an update; then an auto version is made. */
  autoIdleMs: number;
  /** While editing goes on, an auto version at least this often. */
  autoMaxIntervalMs: number;
}

export const DEFAULT_HISTORY_OPTIONS: HistoryOptions = {
  autoIdleMs: 60_000,
  autoMaxIntervalMs: 10 * 60_000,
};

export interface HistoryDeps {
  store: DocumentStore;
  versions: VersionStore;
  /** Who wrote and deleted what, indexed from the log (H6, H8). */
  clients: ClientIndex;
  rooms: RoomManager;
  log: Logger;
  options: HistoryOptions;
}

export interface NewVersion {
  kind: VersionKind;
  label?: string | null;
  reason?: string | null;
  createdBy?: string | null;
  /** Defaults to the newest logged update (after the open room, if any, has flushed). */
  seq?: number;
}

const versionNotFound = () => new AppError(ErrorCode.VERSION_NOT_FOUND, 404, 'version not found');

/**
 * Versions are pointers into the update log (H1): making one never copies or rewrites content,
 * and the state at any version is rebuilt from the nearest checkpoint plus the log.
 */
export class HistoryService {
  readonly auto: AutoVersioner;

  constructor(private readonly deps: HistoryDeps) {
    this.auto = new AutoVersioner(deps.options, deps.log, (docId, seq) =>
      this.createAutoVersion(docId, seq),
    );
  }

  get versions(): VersionStore {
    return this.deps.versions;
  }

  get clients(): ClientIndex {
    return this.deps.clients;
  }

  /** The newest seq, once everything the open room applied is in the log. */
  async currentSeq(docId: string): Promise<number> {
    await this.deps.rooms.peek(docId)?.flushed();
    return this.deps.store.lastSeq(docId);
  }

  async createVersion(docId: string, input: NewVersion): Promise<VersionRecord> {
    const seq = input.seq ?? (await this.currentSeq(docId));
    const previous = await this.latestVersionAt(docId, seq);
    const state = await stateAt(this.deps.store, docId, seq);
    const stateHash = hashDoc(state);
    const checkpoint = Y.encodeStateAsUpdate(state);
    state.destroy();
    const metas = await this.deps.store.updateMeta(docId, previous?.seq ?? 0, seq);
    const authors = [...new Set(metas.flatMap((m) => (m.userId ? [m.userId] : [])))];
    const summary =
      previous && previous.seq === seq
        ? 'no changes'
        : (await compareRange(this.deps.store, this.deps.clients, docId, previous?.seq ?? 0, seq))
            .summary;
    const version = await this.deps.versions.add({
      docId,
      seq,
      kind: input.kind,
      label: input.label ?? null,
      reason: input.reason ?? null,
      createdBy: input.createdBy ?? null,
      stateHash,
      authors,
      summary,
    });
    // A checkpoint at every version: opening one never replays a long log (H3), and merging
    // old history keeps it (H15). Written after the version exists, so a merge running
    // meanwhile sees the version and refuses until its checkpoint is there, never drops it.
    await this.deps.store.writeCheckpoint(docId, seq, checkpoint).catch((err: unknown) => {
      // The log still holds the state, and retention writes a missing version checkpoint first.
      this.deps.log.warn({ err, docId, seq }, 'version checkpoint failed');
    });
    return version;
  }

  /** `current`, `seq:<n>`, `time:<iso>` or a version id → a seq (and the version, if any). */
  async resolve(docId: string, ref: string) {
    const last = await this.currentSeq(docId);
    if (ref === 'current') return { seq: last, version: null };
    const seqMatch = /^seq:(\d+)$/.exec(ref);
    if (seqMatch) {
      const seq = Number(seqMatch[1]);
      if (seq > last) throw versionNotFound();
      return { seq, version: null };
    }
    if (ref.startsWith('time:')) {
      const time = Date.parse(ref.slice(5));
      if (Number.isNaN(time)) throw versionNotFound();
      return { seq: await this.deps.store.seqAtTime(docId, time), version: null };
    }
    const version = await this.deps.versions.get(docId, ref);
    if (!version) throw versionNotFound();
    return { seq: version.seq, version };
  }

  /**
   * H5: a restore adds operations on top that make the content equal the version's; it goes
   * through the open room (logged before broadcast) so every client sees it live.
   */
  async restore(docId: string, versionId: string, reason: string, userId: string) {
    const version = await this.deps.versions.get(docId, versionId);
    if (!version) throw versionNotFound();
    // The editing before the restore gets its automatic version first, in its place.
    await this.auto.flushDoc(docId);
    const target = await stateAt(this.deps.store, docId, version.seq);
    const current = await this.currentCopy(docId);
    try {
      // The version may predate a layout upgrade; restore its content in today's layout.
      migrateDoc(target);
      const update = restoreUpdate(current, target);
      if (update) await this.deliver(docId, update, current.clientID, userId);
    } finally {
      target.destroy();
      current.destroy();
    }
    const when = new Date(version.createdAt).toISOString();
    return this.createVersion(docId, {
      kind: 'restore',
      label: `Restored ${version.label ? `"${version.label}"` : `version of ${when}`}`,
      reason,
      createdBy: userId,
    });
  }

  /**
   * H2: an automatic version, unless the content is what the latest version before it already
   * holds (typing undone, a layout upgrade): "no change" entries only clutter the timeline.
   */
  private async createAutoVersion(docId: string, seq: number): Promise<void> {
    const previous = await this.latestVersionAt(docId, seq);
    if (previous) {
      if (previous.seq === seq) return;
      const [before, now] = await Promise.all([
        stateAt(this.deps.store, docId, previous.seq),
        stateAt(this.deps.store, docId, seq),
      ]);
      // Nothing to restore between the two is the same content (the Yjs states differ anyway).
      const unchanged = restoreUpdate(now, before) === null;
      before.destroy();
      now.destroy();
      if (unchanged) return;
    }
    await this.createVersion(docId, { kind: 'auto', seq });
  }

  /** The newest version at or before `seq`, if any. */
  private async latestVersionAt(docId: string, seq: number): Promise<VersionRecord | undefined> {
    return (await this.deps.versions.list(docId)).filter((v) => v.seq <= seq).at(-1);
  }

  private async currentCopy(docId: string): Promise<Y.Doc> {
    const room = this.deps.rooms.peek(docId);
    if (room?.isReady) {
      await room.flushed();
      const copy = new Y.Doc();
      Y.applyUpdate(copy, room.encodedState());
      return copy;
    }
    return stateAt(this.deps.store, docId, await this.deps.store.lastSeq(docId));
  }

  private async deliver(docId: string, update: Uint8Array, clientId: number, userId: string) {
    // Logged as the restorer's: the restore's version entry and the log name who did it.
    const origin: TxOrigin = { source: 'server', reason: 'restore', userId, clientIds: [clientId] };
    const live = async () => {
      const room = this.deps.rooms.peek(docId);
      if (!room) return false;
      await room.loaded.catch(() => undefined);
      if (!room.isReady) return false;
      // Already-known structs are ignored by Yjs, so applying twice is harmless.
      Y.applyUpdate(room.doc, update, origin);
      await room.flushed();
      return true;
    };
    if (!(await live())) {
      await this.deps.store.appendUpdate(docId, update, {
        connId: 'server:restore',
        userId,
        clientIds: [clientId],
      });
      // A room that started loading meanwhile may have missed the append.
      await live();
    }
    const seq = await this.deps.store.lastSeq(docId);
    await this.deps.versions.assignClient(docId, clientId, userId, seq);
  }
}
