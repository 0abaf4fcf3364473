import { CloseCode, PERMANENT_CLOSE_CODES } from '@tandem/protocol';

/** What the document header tells the user about the live connection. */
export type ConnectionKind =
  | 'connecting'
  | 'connected'
  | 'reconnecting'
  | 'offline'
  | 'store-unavailable'
  | 'rejected'
  /** The document reached the server's size limit (4413); nothing more can be saved to it. */
  | 'too-large'
  /** This person has as many documents open on the server as one may (4429). */
  | 'too-many'
  /** This browser's copy carries edits under another person's Yjs client id (4409). */
  | 'identity-conflict'
  /** Closed for good for another reason (e.g. a malformed frame); a reload is needed. */
  | 'failed'
  | 'not-found'
  | 'unauthorized';

/** Whether the user's own edits have reached the server (null before the first sync). */
export type SaveState = 'saved' | 'saving' | 'saved-locally' | null;

export interface SyncStatus {
  connection: ConnectionKind;
  save: SaveState;
}

/** The raw facts the status is derived from; kept separate so the derivation is a pure function. */
export interface SyncFacts {
  browserOnline: boolean;
  socketConnected: boolean;
  synced: boolean;
  everSynced: boolean;
  /** Close code of the last server close since the last successful sync, if any. */
  lastCloseCode: number | null;
  /** Closes since the page opened; a first attempt that failed reads as reconnecting. */
  closeCount: number;
  /** Local edits the server has not been seen to take yet. */
  pendingLocalEdits: boolean;
}

function deriveConnection(facts: SyncFacts): ConnectionKind {
  const code = facts.lastCloseCode;
  if (code === CloseCode.DOC_NOT_FOUND || code === CloseCode.FORBIDDEN) return 'not-found';
  if (code === CloseCode.UNAUTHORIZED) return 'unauthorized';
  if (code === CloseCode.DOC_TOO_LARGE) return 'too-large';
  if (code === CloseCode.CLIENT_ID_TAKEN) return 'identity-conflict';
  if (code === CloseCode.TOO_MANY_CONNECTIONS) return 'too-many';
  if (code !== null && PERMANENT_CLOSE_CODES.has(code)) return 'failed';
  if (!facts.browserOnline) return 'offline';
  if (facts.socketConnected && facts.synced) return 'connected';
  if (code === CloseCode.STORE_UNAVAILABLE) return 'store-unavailable';
  if (code === CloseCode.MESSAGE_TOO_BIG) return 'rejected';
  if (facts.everSynced || facts.closeCount > 0) return 'reconnecting';
  return 'connecting';
}

function deriveSave(facts: SyncFacts, connection: ConnectionKind): SaveState {
  if (!facts.pendingLocalEdits) return facts.everSynced ? 'saved' : null;
  return connection === 'connected' ? 'saving' : 'saved-locally';
}

export function deriveSyncStatus(facts: SyncFacts): SyncStatus {
  const connection = deriveConnection(facts);
  return { connection, save: deriveSave(facts, connection) };
}
