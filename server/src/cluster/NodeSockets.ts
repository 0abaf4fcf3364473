import { can, type Role } from '@tandem/domain';
import { CloseCode } from '@tandem/protocol';
import type { AccessChange, AccountStore } from '../auth';
import type { Logger } from '../logger';
import type { DocumentStore } from '../persistence';
import type { Realtime } from '../presence';
import type { RoomManager } from '../sync';

export interface NodeSocketsDeps {
  rooms: RoomManager;
  /** socket.io, once it exists (it is created after the services that revoke). */
  realtime(): Realtime | undefined;
  accounts: AccountStore;
  store: DocumentStore;
  log: Logger;
}

/**
 * This node's open sockets, sync and socket.io, seen from authority: who they belong to and
 * whether that person may still hold them. Every node applies the same rules, whichever node
 * the revocation came from.
 */
export class NodeSockets {
  constructor(private readonly deps: NodeSocketsDeps) {}

  /**
   * Closes the sockets a revocation concerns, with the codes a single node has always used:
   * ACCESS_CHANGED (the client reconnects and is admitted again, perhaps read-only, perhaps
   * refused) and DOC_NOT_FOUND for a deleted document.
   */
  close(change: AccessChange): void {
    const { rooms } = this.deps;
    const realtime = this.deps.realtime();
    switch (change.kind) {
      case 'token':
        rooms.closeConnections((c) => c.tokenHash === change.tokenHash, ...ACCESS_CHANGED);
        realtime?.disconnectWhere((s) => s.data.principal?.tokenHash === change.tokenHash);
        return;
      case 'member':
        rooms.closeConnections(
          (c) => c.workspaceId === change.workspaceId && c.userId === change.userId,
          ...ACCESS_CHANGED,
        );
        realtime?.disconnectWhere((s) => s.data.principal?.user.id === change.userId);
        return;
      case 'document':
        this.closeDocument(change.docId);
        return;
    }
  }

  /**
   * Asks the store about every open socket and closes those it no longer allows: a sign-in
   * revoked or run out, a member removed, an editor demoted (their socket still writes) or a
   * viewer promoted (theirs is still read-only), a document deleted. Returns how many it closed; throws when the store does not answer (then
   * nothing was closed on a guess).
   */
  async recheck(): Promise<number> {
    const { rooms, accounts, store } = this.deps;
    const live = memo((hash: string) => accounts.resolveTokenHash(hash).then((s) => s !== null));
    const role = memo((key: string) => {
      const [workspaceId = '', userId = ''] = key.split('\n');
      return accounts.roleOf(workspaceId, userId);
    });
    const exists = memo((docId: string) => store.getDocument(docId).then((d) => d !== null));

    const conns = rooms.admittedConnections();
    const verdicts = await Promise.all(
      conns.map(async (c) => {
        if (!(await exists(c.docId))) return 'deleted' as const;
        if (!c.tokenHash || !(await live(c.tokenHash))) return 'revoked' as const;
        const r = c.workspaceId && c.userId ? await role(`${c.workspaceId}\n${c.userId}`) : null;
        return mayHold(r, c.readOnly) ? ('ok' as const) : ('revoked' as const);
      }),
    );
    const sockets = [...(this.deps.realtime()?.io.of('/').sockets.values() ?? [])];
    const socketVerdicts = await Promise.all(
      sockets.map(async (s) => {
        const principal = s.data.principal;
        if (!principal || !(await live(principal.tokenHash))) return false;
        const workspaceId = s.data.presence?.workspaceId;
        return !workspaceId || (await role(`${workspaceId}\n${principal.user.id}`)) !== null;
      }),
    );

    let closed = 0;
    conns.forEach((c, i) => {
      const verdict = verdicts[i];
      if (verdict === 'ok' || c.isClosed) return;
      closed++;
      if (verdict === 'deleted') {
        this.closeDocument(c.docId);
        // Still loading, so in no room yet: closing the room would miss it.
        c.close(CloseCode.DOC_NOT_FOUND, 'document closed');
      } else c.close(...ACCESS_CHANGED);
    });
    sockets.forEach((s, i) => {
      if (socketVerdicts[i] || !s.connected) return;
      closed++;
      s.disconnect(true);
    });
    return closed;
  }

  private closeDocument(docId: string): void {
    this.deps.rooms.closeDocument(docId, CloseCode.DOC_NOT_FOUND).catch((err: unknown) => {
      this.deps.log.error({ err, docId }, 'failed to close a deleted document’s room');
    });
  }
}

const ACCESS_CHANGED = [CloseCode.ACCESS_CHANGED, 'access changed'] as const;

/**
 * Members only, each socket in the mode its role gives now: one that writes only while the role
 * may edit, and a read-only one only while it may not — a viewer promoted while the notice was
 * lost would otherwise stay read-only until they happened to reconnect. Closed, the client
 * reconnects and is admitted as its role now allows, as a single node does on any role change.
 */
function mayHold(role: Role | null, readOnly: boolean): boolean {
  return role !== null && readOnly !== can(role, 'document:edit');
}

/** One store question per distinct key, however many sockets ask it. */
function memo<V>(ask: (key: string) => Promise<V>): (key: string) => Promise<V> {
  const answers = new Map<string, Promise<V>>();
  return (key) => {
    let answer = answers.get(key);
    if (!answer) {
      answer = ask(key);
      answers.set(key, answer);
    }
    return answer;
  };
}
