import { CloseCode } from '@tandem/protocol';
import { describe, expect, it } from 'vitest';
import { deriveSyncStatus, type SyncFacts } from './syncStatus';

const base: SyncFacts = {
  browserOnline: true,
  socketConnected: false,
  synced: false,
  everSynced: false,
  lastCloseCode: null,
  closeCount: 0,
  pendingLocalEdits: false,
};

describe('deriveSyncStatus', () => {
  it('starts connecting, with no save state before the first sync', () => {
    expect(deriveSyncStatus(base)).toEqual({ connection: 'connecting', save: null });
  });

  it('is connected and saved once synced', () => {
    const facts = { ...base, socketConnected: true, synced: true, everSynced: true };
    expect(deriveSyncStatus(facts)).toEqual({ connection: 'connected', save: 'saved' });
    expect(deriveSyncStatus({ ...facts, pendingLocalEdits: true }).save).toBe('saving');
  });

  it('keeps edits locally while reconnecting or offline', () => {
    const lost = { ...base, everSynced: true, closeCount: 1, pendingLocalEdits: true };
    expect(deriveSyncStatus(lost)).toEqual({ connection: 'reconnecting', save: 'saved-locally' });
    expect(deriveSyncStatus({ ...lost, browserOnline: false }).connection).toBe('offline');
  });

  it('names the close codes the user must hear about', () => {
    const closed = (code: number) =>
      deriveSyncStatus({ ...base, lastCloseCode: code, closeCount: 1 });
    expect(closed(CloseCode.DOC_NOT_FOUND).connection).toBe('not-found');
    expect(closed(CloseCode.FORBIDDEN).connection).toBe('not-found');
    expect(closed(CloseCode.UNAUTHORIZED).connection).toBe('unauthorized');
    expect(closed(CloseCode.STORE_UNAVAILABLE).connection).toBe('store-unavailable');
    expect(closed(CloseCode.MESSAGE_TOO_BIG).connection).toBe('rejected');
    expect(closed(CloseCode.MALFORMED_MESSAGE).connection).toBe('failed');
    expect(closed(CloseCode.DOC_TOO_LARGE).connection).toBe('too-large');
    expect(closed(CloseCode.CLIENT_ID_TAKEN).connection).toBe('identity-conflict');
    expect(closed(CloseCode.TOO_MANY_CONNECTIONS).connection).toBe('too-many');
    expect(closed(CloseCode.DOC_CORRUPT).connection).toBe('reconnecting');
    expect(closed(CloseCode.TOO_SLOW).connection).toBe('reconnecting');
    expect(closed(CloseCode.ACCESS_CHANGED).connection).toBe('reconnecting');
    expect(closed(CloseCode.GOING_AWAY).connection).toBe('reconnecting');
  });

  it('a permanent close wins over being offline', () => {
    const facts = { ...base, browserOnline: false, lastCloseCode: CloseCode.DOC_NOT_FOUND };
    expect(deriveSyncStatus(facts).connection).toBe('not-found');
  });
});
