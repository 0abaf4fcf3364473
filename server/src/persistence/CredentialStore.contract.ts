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

    it('takes a pending sign-up by its token once, and never an expired one', async () => {
      const { token } = await pending('Carol');
      const expired = await pending('Late', -1);
      expect(await credentials.takePendingByToken(expired.token)).toBeNull();
      const taken = await credentials.takePendingByToken(token);
      expect(taken).toMatchObject({
        invitationId: invitation.id,
        name: 'Carol',
        passwordHash: 'hash-Carol',
      });
      expect(taken?.id).toBeTypeOf('string');
      expect(await credentials.takePendingByToken(token)).toBeNull();
    });

    it('takes the newest live sign-up of an invitation for an owner, and says who waits', async () => {
      expect(await credentials.awaitingConfirmation([invitation.id])).toEqual(new Set());
      await pending('First');
      await new Promise((r) => setTimeout(r, 5));
      await pending('Second');
      expect(await credentials.awaitingConfirmation([invitation.id, 'other'])).toEqual(
        new Set([invitation.id]),
      );
      expect(await credentials.awaitingConfirmation([])).toEqual(new Set());
      expect((await credentials.takeLatestPending(invitation.id))?.name).toBe('Second');
      expect((await credentials.takeLatestPending(invitation.id))?.name).toBe('First');
      expect(await credentials.takeLatestPending(invitation.id)).toBeNull();
      expect(await credentials.awaitingConfirmation([invitation.id])).toEqual(new Set());
    });

    it('gives a link taken twice at the same moment to one of the two', async () => {
      const { token } = await pending('Carol');
      const signups = await Promise.all([
        credentials.takePendingByToken(token),
        credentials.takePendingByToken(token),
      ]);
      expect(signups.filter((p) => p !== null)).toHaveLength(1);
      const reset = await credentials.createReset(ann.id, 60_000);
      const resets = await Promise.all([
        credentials.takeReset(reset.token),
        credentials.takeReset(reset.token),
      ]);
      expect(resets.filter((u) => u !== null)).toEqual([ann.id]);
    });

    it('lets a reset link be looked at, then used once', async () => {
      const { token } = await credentials.createReset(ann.id, 60_000);
      expect(await credentials.peekReset(token)).toBe(ann.id);
      expect(await credentials.peekReset(token)).toBe(ann.id);
      expect(await credentials.takeReset(token)).toBe(ann.id);
      expect(await credentials.takeReset(token)).toBeNull();
      expect(await credentials.peekReset(token)).toBeNull();
      expect(
        await credentials.peekReset((await credentials.createReset(ann.id, -1)).token),
      ).toBeNull();
      expect(await credentials.takeReset('made-up')).toBeNull();
    });

    it('sets a new password and voids the account’s other reset links', async () => {
      const { token } = await credentials.createReset(ann.id, 60_000);
      await credentials.setPassword(ann.id, 'new');
      expect((await accounts.findCredentials('ann@test.local'))?.passwordHash).toBe('new');
      expect(await credentials.takeReset(token)).toBeNull();
    });

    it('revokes every live sign-in of an account but the one kept', async () => {
      const kept = await accounts.issueToken(ann.id, 60_000);
      const other = await accounts.issueToken(ann.id, 60_000);
      const revoked = await credentials.revokeAllTokens(ann.id, hashToken(kept.token));
      expect(revoked).toEqual([hashToken(other.token)]);
      expect(await accounts.resolveToken(other.token)).toBeNull();
      expect(await accounts.resolveToken(kept.token)).not.toBeNull();
      expect(await credentials.revokeAllTokens(ann.id)).toEqual([hashToken(kept.token)]);
      expect(await accounts.resolveToken(kept.token)).toBeNull();
    });
  });
}
