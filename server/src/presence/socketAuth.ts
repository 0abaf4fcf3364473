import type { Socket } from 'socket.io';
import type { AuthService, Principal } from '../auth';
import { isAllowedOrigin, sessionCookieOf } from '../auth/upgradeRequest';
import type { SocketQuota } from '../SocketQuota';

/**
 * The socket.io handshake check: a bearer token in `auth.token`, else the session cookie (only
 * from the app's own origin or an allowed one, so another site cannot ride a signed-in browser).
 * Anonymous connections are refused before any event is handled, and so is a person who already
 * holds as many connections here as `quota` allows (`TOO_MANY_CONNECTIONS`).
 */
export function socketAuth(
  auth: AuthService,
  allowedOrigins: readonly string[],
  quota: SocketQuota,
) {
  return async (socket: Socket, next: (err?: Error) => void): Promise<void> => {
    try {
      const principal = await resolveSocketPrincipal(socket, auth, allowedOrigins);
      if (!principal) return next(new Error('AUTH_REQUIRED'));
      // The client may have gone while its sign-in was looked up; socket.io then drops the
      // socket without a 'disconnect', so the place is also given back when the connection ends.
      if (socket.conn.readyState !== 'open') return next(new Error('CLOSED'));
      const release = quota.admit(principal.user.id);
      if (!release) return next(new Error('TOO_MANY_CONNECTIONS'));
      socket.once('disconnect', release);
      socket.conn.once('close', release);
      socket.data.principal = principal;
      closeWhenExpired(socket, principal.expiresAt);
      next();
    } catch {
      // A store failure during the handshake: refuse this connection, the client retries.
      next(new Error('INTERNAL'));
    }
  };
}

async function resolveSocketPrincipal(
  socket: Socket,
  auth: AuthService,
  allowedOrigins: readonly string[],
): Promise<Principal | null> {
  const token: unknown = socket.handshake.auth?.token;
  if (typeof token === 'string' && token.length > 0) return auth.authenticate(token, 'bearer');
  const req = socket.request;
  const origin = req.headers.origin;
  if (origin && !isAllowedOrigin(origin, req, allowedOrigins)) return null;
  const cookie = sessionCookieOf(req);
  return cookie ? auth.authenticate(cookie, 'cookie') : null;
}

/** Disconnects the socket when its sign-in runs out, as HTTP starts answering 401 then. */
function closeWhenExpired(socket: Socket, expiresAt: number): void {
  // setTimeout holds at most 2^31-1 ms (24.8 days); a longer sign-in is checked again then.
  const delay = Math.min(Math.max(0, expiresAt - Date.now()), 2 ** 31 - 1);
  const timer = setTimeout(() => {
    if (Date.now() >= expiresAt) socket.disconnect(true);
    else closeWhenExpired(socket, expiresAt);
  }, delay);
  timer.unref();
  socket.once('disconnect', () => clearTimeout(timer));
}
