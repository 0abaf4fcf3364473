import { CloseCode, DocumentId, SYNC_PATH } from '@tandem/protocol';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from '../logger';
import type { DocumentStore } from '../persistence';
import type { RoomManager } from './RoomManager';
import { SyncConnection } from './SyncConnection';

/** Who may open a document. Accounts (a later issue) replace the open policy. */
export interface SyncAccess {
  /** The user id to record with this connection's updates, or null when the caller may not open it. */
  resolveUser(req: FastifyRequest, docId: string): Promise<{ userId: string | null } | null>;
}

export const openSyncAccess: SyncAccess = {
  resolveUser: async () => ({ userId: null }),
};

export interface SyncRouteDeps {
  rooms: RoomManager;
  store: DocumentStore;
  access: SyncAccess;
  log: Logger;
}

/**
 * `ws /sync/:docId`, the y-websocket protocol. A document that does not exist and one the
 * caller may not see get the same close code, so the endpoint never reveals existence.
 */
export function registerSyncRoutes(app: FastifyInstance, deps: SyncRouteDeps): void {
  app.get<{ Params: { docId: string } }>(
    `${SYNC_PATH}/:docId`,
    { websocket: true, schema: { hide: true } },
    (socket, req) => {
      const { docId } = req.params;
      const conn = new SyncConnection(socket, docId, deps.log);
      const room = admit(deps, req, docId, conn);
      conn.listen(room, async (c, data) => {
        const r = await room;
        if (r) await r.handleMessage(c, data);
      });
    },
  );
}

async function admit(
  deps: SyncRouteDeps,
  req: FastifyRequest,
  docId: string,
  conn: SyncConnection,
) {
  try {
    const user = DocumentId.safeParse(docId).success
      ? await deps.access.resolveUser(req, docId)
      : null;
    const doc = user ? await deps.store.getDocument(docId) : null;
    if (!user || !doc) {
      conn.close(CloseCode.DOC_NOT_FOUND, 'document not found');
      return null;
    }
    conn.userId = user.userId;
    return await deps.rooms.join(docId, conn);
  } catch (err) {
    deps.log.error({ err, docId }, 'could not admit sync connection');
    conn.close(CloseCode.STORE_UNAVAILABLE, 'document store unavailable');
    return null;
  }
}
