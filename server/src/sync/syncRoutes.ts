import { can } from '@tandem/domain';
import { CloseCode, DocumentId, SYNC_PATH } from '@tandem/protocol';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type AuthService, resolvePrincipal } from '../auth';
import type { Logger } from '../logger';
import type { DocumentStore } from '../persistence';
import type { AwarenessIdentity } from './awarenessTrust';
import type { RoomManager } from './RoomManager';
import { SyncConnection } from './SyncConnection';

export interface SyncRouteDeps {
  rooms: RoomManager;
  store: DocumentStore;
  auth: AuthService;
  /** Origins allowed besides the server's own; others are refused before anything is read. */
  allowedOrigins: readonly string[];
  log: Logger;
}

type Admission =
  | {
      ok: true;
      userId: string;
      workspaceId: string;
      tokenHash: string;
      expiresAt: number;
      readOnly: boolean;
      identity: AwarenessIdentity;
    }
  | { ok: false; code: number; reason: string };

/**
 * `ws /sync/:docId`, the y-websocket protocol. Anonymous callers get UNAUTHORIZED; a document
 * that does not exist and one the caller may not see get the same DOC_NOT_FOUND, so the
 * endpoint never reveals existence. Viewers and commenters join read-only.
 */
export function registerSyncRoutes(app: FastifyInstance, deps: SyncRouteDeps): void {
  app.get<{ Params: { docId: string }; Querystring: { token?: string } }>(
    `${SYNC_PATH}/:docId`,
    { websocket: true, schema: { hide: true } },
    (socket, req) => {
      const { docId } = req.params;
      const conn = new SyncConnection(socket, docId, deps.log);
      const room = join(deps, req, docId, conn);
      conn.listen(room, async (c, data) => {
        const r = await room;
        if (r) await r.handleMessage(c, data);
      });
    },
  );
}

async function join(
  deps: SyncRouteDeps,
  req: FastifyRequest<{ Params: { docId: string }; Querystring: { token?: string } }>,
  docId: string,
  conn: SyncConnection,
) {
  try {
    const admission = await admit(deps, req, docId);
    if (!admission.ok) {
      conn.close(admission.code, admission.reason);
      return null;
    }
    conn.userId = admission.userId;
    conn.workspaceId = admission.workspaceId;
    conn.tokenHash = admission.tokenHash;
    conn.readOnly = admission.readOnly;
    conn.identity = admission.identity;
    conn.expireAt(admission.expiresAt);
    return await deps.rooms.join(docId, conn);
  } catch (err) {
    deps.log.error({ err, docId }, 'could not admit sync connection');
    conn.close(CloseCode.STORE_UNAVAILABLE, 'document store unavailable');
    return null;
  }
}

async function admit(
  deps: SyncRouteDeps,
  req: FastifyRequest<{ Querystring: { token?: string } }>,
  docId: string,
): Promise<Admission> {
  const origin = req.headers.origin;
  if (origin && !isAllowedOrigin(origin, req, deps.allowedOrigins)) {
    return { ok: false, code: CloseCode.FORBIDDEN, reason: 'origin not allowed' };
  }
  const principal = await resolvePrincipal(req, deps.auth, req.query.token);
  if (!principal) return { ok: false, code: CloseCode.UNAUTHORIZED, reason: 'sign in first' };
  const doc = DocumentId.safeParse(docId).success ? await deps.store.getDocument(docId) : null;
  const role = doc?.workspaceId
    ? await deps.auth.accounts.roleOf(doc.workspaceId, principal.user.id)
    : null;
  if (!doc?.workspaceId || !role) {
    return { ok: false, code: CloseCode.DOC_NOT_FOUND, reason: 'document not found' };
  }
  return {
    ok: true,
    userId: principal.user.id,
    workspaceId: doc.workspaceId,
    tokenHash: principal.tokenHash,
    expiresAt: principal.expiresAt,
    readOnly: !can(role, 'document:edit'),
    identity: {
      userId: principal.user.id,
      name: principal.user.name,
      side: principal.user.organisation.side,
    },
  };
}

/** Same host as the request (the app itself), or listed in TANDEM_ALLOWED_ORIGINS. */
function isAllowedOrigin(origin: string, req: FastifyRequest, allowed: readonly string[]): boolean {
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
