import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { can } from '@tandem/domain';
import { CloseCode, DocumentId, ErrorCode, SOCKET_PATH, SYNC_PATH } from '@tandem/protocol';
import type { FastifyInstance } from 'fastify';
import { type WebSocket, WebSocketServer } from 'ws';
import { type AuthService, type Credentials, principalFrom } from '../auth';
import { isAllowedOrigin, sessionCookieOf } from '../auth/upgradeRequest';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import type { DocumentStore } from '../persistence';
import { SocketQuota } from '../SocketQuota';
import type { AwarenessIdentity } from './awarenessTrust';
import type { RoomManager } from './RoomManager';
import { SyncConnection } from './SyncConnection';

export interface SyncRouteDeps {
  rooms: RoomManager;
  store: DocumentStore;
  auth: AuthService;
  /** Origins allowed besides the server's own; others are refused before anything is read. */
  allowedOrigins: readonly string[];
  /** Largest frame a client may send (TANDEM_MAX_MESSAGE_BYTES); a bigger one closes with 1009. */
  maxPayload: number;
  /** Sync sockets one person may hold open here (TANDEM_MAX_SOCKETS_PER_USER); 0: no limit. */
  maxSocketsPerUser: number;
  log: Logger;
}

/** What admission needs from the upgrade request, copied out so the request is not kept. */
interface JoinRequest {
  docId: string;
  /** `Authorization`, else `?token=` (a browser's WebSocket cannot send headers), else cookie. */
  credentials: Credentials;
  /** The `Origin` header, checked against the app's own host and the allowed origins. */
  originRefused: boolean;
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
 *
 * Upgraded on the HTTP server's own `upgrade` event, not routed through Fastify: a sync socket
 * lives for hours, and the request, response, Fastify request and reply that a routed upgrade
 * keeps for the socket's life cost ~5 KiB of heap a connection (issue 14, measured with heap
 * snapshots). What admission needs is copied from the request at once; the socket is accepted
 * first and refused with a close code, as clients expect.
 */
export function registerSyncRoutes(app: FastifyInstance, deps: SyncRouteDeps): void {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: deps.maxPayload });
  const quota = new SocketQuota(deps.maxSocketsPerUser);
  let closing = false;
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = req.url ?? '/';
    if (url.startsWith(`${SOCKET_PATH}/`)) return; // socket.io's, on the same server
    const join = closing ? null : joinRequest(req, url, deps.allowedOrigins);
    if (!join) {
      refuseUpgrade(socket, closing ? 503 : 404);
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => accept(deps, quota, ws, join));
  };
  app.server.on('upgrade', onUpgrade);

  // A plain GET (no upgrade) finds nothing here, as before.
  app.get(`${SYNC_PATH}/:docId`, { schema: { hide: true } }, async () => {
    throw new AppError(ErrorCode.NOT_FOUND, 404, 'the sync endpoint takes WebSocket upgrades only');
  });

  // Rooms flush and close their sockets with GOING_AWAY before the socket server stops; an
  // upgrade that arrives meanwhile is answered 503.
  app.addHook('preClose', async () => {
    closing = true;
    await deps.rooms.closeAll();
    for (const client of sockets.clients) client.close(CloseCode.GOING_AWAY);
    await new Promise<void>((resolve) => sockets.close(() => resolve()));
  });
}

/** `/sync/<docId>[?token=…]`; null for any other path. */
function joinRequest(
  req: IncomingMessage,
  url: string,
  allowedOrigins: readonly string[],
): JoinRequest | null {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://upgrade.invalid');
  } catch {
    return null;
  }
  const prefix = `${SYNC_PATH}/`;
  const rest = parsed.pathname.startsWith(prefix) ? parsed.pathname.slice(prefix.length) : '';
  if (rest === '' || rest.includes('/')) return null;
  let docId: string;
  try {
    docId = decodeURIComponent(rest);
  } catch {
    return null;
  }
  const origin = req.headers.origin;
  return {
    docId,
    credentials: {
      authorization: req.headers.authorization,
      token: parsed.searchParams.get('token'),
      sessionCookie: sessionCookieOf(req),
    },
    originRefused: origin !== undefined && !isAllowedOrigin(origin, req, allowedOrigins),
  };
}

/** Answers an upgrade this server does not take with a bare HTTP status and hangs up. */
function refuseUpgrade(socket: Duplex, status: 404 | 503): void {
  // Node takes its own error listener off before 'upgrade': a client that resets the connection
  // now would otherwise be an unhandled error, and end the process.
  socket.on('error', () => socket.destroy());
  const text = status === 404 ? 'Not Found' : 'Service Unavailable';
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function accept(
  deps: SyncRouteDeps,
  quota: SocketQuota,
  ws: WebSocket,
  request: JoinRequest,
): void {
  const conn = new SyncConnection(ws, request.docId, deps.log);
  const room = join(deps, quota, request, conn);
  conn.listen(room, async (c, data) => {
    const r = await room;
    if (r) await r.handleMessage(c, data);
  });
}

async function join(
  deps: SyncRouteDeps,
  quota: SocketQuota,
  request: JoinRequest,
  conn: SyncConnection,
) {
  try {
    const admission = await admit(deps, request);
    if (!admission.ok) {
      conn.close(admission.code, admission.reason);
      return null;
    }
    const release = conn.isClosed ? null : quota.admit(admission.userId);
    if (!release) {
      if (!conn.isClosed) {
        deps.log.warn({ userId: admission.userId }, 'too many sync sockets for one person');
        conn.close(CloseCode.TOO_MANY_CONNECTIONS, 'too many documents open');
      }
      return null;
    }
    conn.onClose(release);
    conn.userId = admission.userId;
    conn.workspaceId = admission.workspaceId;
    conn.tokenHash = admission.tokenHash;
    conn.readOnly = admission.readOnly;
    conn.identity = admission.identity;
    conn.expireAt(admission.expiresAt);
    return await deps.rooms.join(request.docId, conn);
  } catch (err) {
    deps.log.error({ err, docId: request.docId }, 'could not admit sync connection');
    conn.close(CloseCode.STORE_UNAVAILABLE, 'document store unavailable');
    return null;
  }
}

async function admit(deps: SyncRouteDeps, request: JoinRequest): Promise<Admission> {
  if (request.originRefused) {
    return { ok: false, code: CloseCode.FORBIDDEN, reason: 'origin not allowed' };
  }
  const principal = await principalFrom(deps.auth, request.credentials);
  if (!principal) return { ok: false, code: CloseCode.UNAUTHORIZED, reason: 'sign in first' };
  const { docId } = request;
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
