/**
 * Every Yjs transaction on a room's doc carries one of these origins; persistence and echo
 * decisions read it.
 */
export type TxOrigin =
  /** An update a client sent; it is logged and broadcast to everyone but that connection. */
  | { source: 'client'; connId: string; userId: string | null; clientIds: number[] }
  /** State replayed from the store while loading; neither logged again nor broadcast. */
  | { source: 'load' }
  /**
   * An update another node stored (or the log held and this room lacked): not logged again,
   * broadcast to this node's sockets.
   */
  | { source: 'remote' }
  /**
   * A change the server makes itself (layout initialisation, a restore, a policy version). When
   * a person asked for it (`userId`), the logged update is credited to them, under `clientIds`.
   */
  | { source: 'server'; reason: string; userId?: string; clientIds?: number[] };

export const LOAD_ORIGIN: TxOrigin = { source: 'load' };
export const REMOTE_ORIGIN: TxOrigin = { source: 'remote' };

export function isTxOrigin(value: unknown): value is TxOrigin {
  return typeof value === 'object' && value !== null && 'source' in value;
}
