/**
 * WebSocket close codes used by the sync endpoint. Named, never bare numbers. They follow the
 * convention y-websocket's WebsocketProvider applies by default: 4400-4499 mirror HTTP 4xx and
 * are permanent (the provider stops reconnecting), 4500-4599 mean "try again later".
 */
export const CloseCode = {
  NORMAL: 1000,
  /** The server is shutting down gracefully; reconnect later. */
  GOING_AWAY: 1001,
  /** The server failed unexpectedly while handling a frame. */
  INTERNAL_ERROR: 1011,
  /** A frame exceeded the configured message size limit. */
  MESSAGE_TOO_BIG: 1009,
  /** A frame could not be decoded as a y-websocket message; the document was not touched. */
  MALFORMED_MESSAGE: 4400,
  UNAUTHORIZED: 4401,
  FORBIDDEN: 4403,
  /** An update carried a Yjs client id that belongs to another person; nothing was applied. */
  CLIENT_ID_TAKEN: 4409,
  /** The document reached its size limit; the update was not applied. */
  DOC_TOO_LARGE: 4413,
  /** The person already holds as many sync sockets on this server as one may (other tabs). */
  TOO_MANY_CONNECTIONS: 4429,
  /**
   * The document in memory had to be rebuilt from the store (an update damaged it); nothing
   * unsaved was served. Reconnect to sync again.
   */
  DOC_CORRUPT: 4500,
  /** The client read the server's messages too slowly; reconnect. */
  TOO_SLOW: 4508,
  /** The caller's access changed (role, membership, sign-out); reconnect to get the new answer. */
  ACCESS_CHANGED: 4509,
  /** The document does not exist, or the caller may not know that it does. */
  DOC_NOT_FOUND: 4404,
  /** The document's store failed; nothing after the last acknowledged update was saved. */
  STORE_UNAVAILABLE: 4503,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Close codes after which reconnecting cannot help. */
export const PERMANENT_CLOSE_CODES: ReadonlySet<number> = new Set([
  CloseCode.MALFORMED_MESSAGE,
  CloseCode.UNAUTHORIZED,
  CloseCode.FORBIDDEN,
  CloseCode.DOC_NOT_FOUND,
  CloseCode.CLIENT_ID_TAKEN,
  CloseCode.DOC_TOO_LARGE,
  CloseCode.TOO_MANY_CONNECTIONS,
]);

/** The same rule as y-websocket's default `shouldReconnect`. */
export const isPermanentClose = (code: number): boolean => code >= 4400 && code < 4500;

export const SYNC_PATH = '/sync';
