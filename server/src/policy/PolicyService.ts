import {
  docPolicyEntries,
  MOE_2019,
  type PolicyEntries,
  type Role,
  resolvePolicyEntries,
  writeDocPolicy,
} from '@tandem/domain';
import { ErrorCode, type SetPolicyBody } from '@tandem/protocol';
import * as Y from 'yjs';
import type { AccountStore } from '../auth';
import { AppError } from '../errors';
import type { PolicyStore, PolicyVersion } from '../persistence';
import { type DocumentStore, loadDocument } from '../persistence';
import type { RoomManager, TxOrigin } from '../sync';

/** Who may adopt a new policy version: the thresholds decide what counts as a violation. */
const POLICY_ROLES: readonly Role[] = ['owner'];
const ORIGIN: TxOrigin = { source: 'server', reason: 'policy' };

const POLICY_CHANGED = 'policy.changed';

export interface PolicyDeps {
  store: DocumentStore;
  accounts: AccountStore;
  rooms: Pick<RoomManager, 'peek'>;
  policies: PolicyStore;
}

export const mayChangePolicy = (role: Role) => POLICY_ROLES.includes(role);

/** Entries added, changed or cleared between two overrides. */
export function changedEntries(before: PolicyEntries, after: PolicyEntries): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}

/**
 * A curriculum map's policy profile: owners adopt versions over HTTP; each is recorded and
 * audited, then written into the document by the server, the only writer of its policy root.
 */
export class PolicyService {
  constructor(private readonly deps: PolicyDeps) {}

  /** The version in force; version 0 (unattributed) until an owner first adopts one. */
  async current(docId: string): Promise<PolicyVersion> {
    const latest = await this.deps.policies.latest(docId);
    if (latest) return latest;
    const override = await this.readEntries(docId);
    const resolved = resolvePolicyEntries(override);
    const profileId = resolved.ok ? resolved.value.id : MOE_2019.id;
    return { docId, version: 0, override, profileId, changedBy: null, changedAt: 0 };
  }

  async change(
    docId: string,
    workspaceId: string,
    actor: { id: string; role: Role },
    body: SetPolicyBody,
  ): Promise<PolicyVersion> {
    if (!mayChangePolicy(actor.role)) {
      throw new AppError(
        ErrorCode.POLICY_NOT_ALLOWED,
        403,
        'only an owner may change the policy profile',
      );
    }
    const resolved = resolvePolicyEntries(body.override);
    if (!resolved.ok) {
      const { key, params } = resolved.message;
      throw new AppError(
        ErrorCode.VALIDATION_FAILED,
        400,
        `override: ${key} ${JSON.stringify(params ?? {})}`,
      );
    }
    const before = await this.current(docId);
    const now = Date.now();
    const claimed = await this.deps.policies.append(
      docId,
      body.baseVersion,
      {
        override: body.override,
        profileId: resolved.value.id,
        changedBy: actor.id,
        changedAt: now,
      },
      { override: before.override, profileId: before.profileId, changedBy: null, changedAt: now },
    );
    if (!claimed) {
      throw new AppError(
        ErrorCode.POLICY_CONFLICT,
        409,
        `the policy changed since version ${body.baseVersion}; reload and try again`,
      );
    }
    try {
      await this.write(docId, body.override, actor.id);
    } catch (err) {
      // Not in the document means not in force: the record must not say otherwise.
      await this.deps.policies.remove(docId, claimed.version);
      throw err;
    }
    await this.deps.accounts.audit({
      workspaceId,
      actorUserId: actor.id,
      event: POLICY_CHANGED,
      target: docId,
      details: {
        version: claimed.version,
        profileId: claimed.profileId,
        changed: changedEntries(before.override, body.override).join(', '),
      },
      ip: null,
    });
    return claimed;
  }

  versions(docId: string): Promise<PolicyVersion[]> {
    return this.deps.policies.list(docId);
  }

  private async readEntries(docId: string): Promise<PolicyEntries> {
    const room = this.deps.rooms.peek(docId);
    if (room?.isReady) return docPolicyEntries(room.doc);
    const { doc } = await loadDocument(this.deps.store, docId);
    try {
      return docPolicyEntries(doc);
    } finally {
      doc.destroy();
    }
  }

  /** Into the open room (logged and broadcast like any change), or appended to the log. */
  private async write(docId: string, entries: PolicyEntries, userId: string): Promise<void> {
    const live = async () => {
      const room = this.deps.rooms.peek(docId);
      if (!room) return false;
      await room.loaded.catch(() => undefined);
      if (!room.isReady) return false;
      writeDocPolicy(room.doc, entries, ORIGIN);
      await room.flushed();
      return true;
    };
    if (await live()) return;
    const { doc } = await loadDocument(this.deps.store, docId);
    try {
      const updates: Uint8Array[] = [];
      doc.on('update', (u: Uint8Array) => updates.push(u));
      writeDocPolicy(doc, entries, ORIGIN);
      if (updates.length > 0) {
        await this.deps.store.appendUpdate(docId, Y.mergeUpdates(updates), {
          connId: 'server:policy',
          userId,
          clientIds: [doc.clientID],
        });
      }
    } finally {
      doc.destroy();
    }
    // A room that started loading meanwhile may have missed the append; writing is idempotent.
    await live();
  }
}
