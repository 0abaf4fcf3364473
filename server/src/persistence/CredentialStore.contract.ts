import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountStore, Invitation, User } from './AccountStore';
import type { CredentialStore } from './CredentialStore';
import type { Stores } from './openStores';
import { hashToken } from './tokens';

/** Pending sign-ups, reset links and password changes, every driver. */
export function describeCredentialStoreContract(name: string, open: () => Stores): void {
  describe(`CredentialStore contract: ${name}`, () => {
    let stores: Stores;
    let accounts: AccountStore;
    let credentials: CredentialStore;
    let ann: User;
    let invitation: Invitation;
    const pending = (name: string, ttlMs = 60_000, invitationId = invitation.id) =>
      credentials.createPendingSignup({
        invitationId,
        name,
        passwordHash: `hash-${name}`,
        expiresAt: Date.now() + ttlMs,
      });

    beforeEach(async () => {
      stores = open();
      accounts = stores.accounts;
      credentials = accounts.sideStores().credentials;
      const org = await accounts.createOrganisation('College', 'school');
      const ws = await accounts.createWorkspace('Mechatronics');
      ann = await accounts.createUser({
        email: 'ann@test.local',
        name: 'Ann',
        passwordHash: 'old',
        organisationId: org.id,
      });
      ({ invitation } = await accounts.createInvitation({
        workspaceId: ws.id,
        email: 'carol@test.local',
        role: 'editor',
        organisationId: org.id,
        createdBy: ann.id,
        expiresAt: Date.now() + 60_000,
      }));
    });
    afterEach(async () => {
      await stores.documents.close();
    });

    it('takes a pending sign-up by its token once, and never an expired one', () => {
      const { token } = pending('Carol');
      const expired = pending('Late', -1);
      expect(credentials.takePendingByToken(expired.token)).toBeNull();
      const taken = credentials.takePendingByToken(token);
      expect(taken).toMatchObject({
        invitationId: invitation.id,
        name: 'Carol',
        passwordHash: 'hash-Carol',
      });
      expect(taken?.id).toBeTypeOf('string');
      expect(credentials.takePendingByToken(token)).toBeNull();
    });

    it('takes the newest live sign-up of an invitation for an owner, and says who waits', async () => {
      expect(credentials.awaitingConfirmation([invitation.id])).toEqual(new Set());
      pending('First');
      await new Promise((r) => setTimeout(r, 5));
      pending('Second');
      expect(credentials.awaitingConfirmation([invitation.id, 'other'])).toEqual(
        new Set([invitation.id]),
      );
      expect(credentials.awaitingConfirmation([])).toEqual(new Set());
      expect(credentials.takeLatestPending(invitation.id)?.name).toBe('Second');
      expect(credentials.takeLatestPending(invitation.id)?.name).toBe('First');
      expect(credentials.takeLatestPending(invitation.id)).toBeNull();
      expect(credentials.awaitingConfirmation([invitation.id])).toEqual(new Set());
    });

    it('lets a reset link be looked at, then used once', () => {
      const { token } = credentials.createReset(ann.id, 60_000);
      expect(credentials.peekReset(token)).toBe(ann.id);
      expect(credentials.peekReset(token)).toBe(ann.id);
      expect(credentials.takeReset(token)).toBe(ann.id);
      expect(credentials.takeReset(token)).toBeNull();
      expect(credentials.peekReset(token)).toBeNull();
      expect(credentials.peekReset(credentials.createReset(ann.id, -1).token)).toBeNull();
      expect(credentials.takeReset('made-up')).toBeNull();
    });

    it('sets a new password and voids the account’s other reset links', async () => {
      const { token } = credentials.createReset(ann.id, 60_000);
      credentials.setPassword(ann.id, 'new');
      expect((await accounts.findCredentials('ann@test.local'))?.passwordHash).toBe('new');
      expect(credentials.takeReset(token)).toBeNull();
    });

    it('revokes every live sign-in of an account but the one kept', async () => {
      const kept = await accounts.issueToken(ann.id, 60_000);
      const other = await accounts.issueToken(ann.id, 60_000);
      const revoked = credentials.revokeAllTokens(ann.id, hashToken(kept.token));
      expect(revoked).toEqual([hashToken(other.token)]);
      expect(await accounts.resolveToken(other.token)).toBeNull();
      expect(await accounts.resolveToken(kept.token)).not.toBeNull();
      expect(credentials.revokeAllTokens(ann.id)).toEqual([hashToken(kept.token)]);
      expect(await accounts.resolveToken(kept.token)).toBeNull();
    });
  });
}
