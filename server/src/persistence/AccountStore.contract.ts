import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../errors';
import type { AccountStore, Organisation, User, Workspace } from './AccountStore';
import type { Stores } from './openStores';
import { hashToken } from './tokens';

/** Accounts, every driver: run against the account store of freshly opened stores. */
export function describeAccountStoreContract(name: string, open: () => Stores): void {
  describe(`AccountStore contract: ${name}`, () => {
    let stores: Stores;
    let accounts: AccountStore;
    let college: Organisation;
    let firm: Organisation;
    let ws: Workspace;
    let ann: User;
    let bob: User;
    const user = (email: string, name: string, org: Organisation) =>
      accounts.createUser({ email, name, passwordHash: `hash-${name}`, organisationId: org.id });

    beforeEach(async () => {
      stores = open();
      accounts = stores.accounts;
      college = await accounts.createOrganisation('College', 'school');
      firm = await accounts.createOrganisation('Firm', 'enterprise');
      ws = await accounts.createWorkspace('Mechatronics');
      ann = await user('ann@test.local', 'Ann', college);
      bob = await user('bob@test.local', 'Bob', firm);
    });
    afterEach(async () => {
      await stores.documents.close();
    });

    it('keeps one organisation per name and side', async () => {
      expect(await accounts.createOrganisation('College', 'school')).toEqual(college);
      const other = await accounts.createOrganisation('College', 'enterprise');
      expect(other.id).not.toBe(college.id);
      expect(await accounts.getOrganisation(firm.id)).toEqual(firm);
      expect(await accounts.getOrganisation('nope')).toBeNull();
      expect((await accounts.listOrganisations()).map((o) => [o.side, o.name])).toEqual([
        ['enterprise', 'College'],
        ['enterprise', 'Firm'],
        ['school', 'College'],
      ]);
    });

    it('finds an account by its address whatever its case, and refuses a second one', async () => {
      expect(ann.organisation).toEqual(college);
      expect(await accounts.getUser(ann.id)).toEqual(ann);
      expect(await accounts.getUser('nope')).toBeNull();
      expect(await accounts.findCredentials('ANN@test.local')).toEqual({
        user: ann,
        passwordHash: 'hash-Ann',
      });
      expect(await accounts.findCredentials('nobody@test.local')).toBeNull();
      await expect(user('Ann@Test.Local', 'Ann again', college)).rejects.toBeInstanceOf(StoreError);
    });

    it('lists workspaces oldest first and a member’s by name, with their role', async () => {
      const other = await accounts.createWorkspace('Automotive');
      expect(await accounts.getWorkspace(ws.id)).toEqual(ws);
      expect(await accounts.getWorkspace('nope')).toBeNull();
      expect(await accounts.countWorkspaces()).toBe(2);
      expect((await accounts.listWorkspaces()).map((w) => w.id)).toEqual([ws.id, other.id]);
      await accounts.setMember(ws.id, ann.id, 'owner');
      await accounts.setMember(other.id, ann.id, 'viewer');
      expect(await accounts.workspacesOf(ann.id)).toEqual([
        { workspace: other, role: 'viewer' },
        { workspace: ws, role: 'owner' },
      ]);
      expect(await accounts.workspacesOf(bob.id)).toEqual([]);
    });

    it('adds, re-roles and removes members, keeping when they joined', async () => {
      await accounts.setMember(ws.id, ann.id, 'editor');
      await accounts.setMember(ws.id, bob.id, 'leader');
      const [first] = await accounts.listMembers(ws.id);
      await accounts.setMember(ws.id, bob.id, 'viewer');
      expect(await accounts.roleOf(ws.id, bob.id)).toBe('viewer');
      const members = await accounts.listMembers(ws.id);
      // By side, then name: the enterprise's Bob before the school's Ann.
      expect(members.map((m) => [m.user.name, m.role])).toEqual([
        ['Bob', 'viewer'],
        ['Ann', 'editor'],
      ]);
      expect(members[0]?.joinedAt).toBe(first?.joinedAt);
      await accounts.removeMember(ws.id, bob.id);
      expect(await accounts.roleOf(ws.id, bob.id)).toBeNull();
      expect((await accounts.listMembers(ws.id)).map((m) => m.user.id)).toEqual([ann.id]);
    });

    it('sets one pair per kind and scope, and drops a leaver’s pairs', async () => {
      await accounts.setMember(ws.id, ann.id, 'leader');
      await accounts.setMember(ws.id, bob.id, 'leader');
      const pair = { schoolUserId: ann.id, enterpriseUserId: bob.id };
      await accounts.setPair(ws.id, { kind: 'leaders', scope: 'group', ...pair });
      await accounts.setPair(ws.id, { kind: 'mentors', scope: 'c2', ...pair });
      await accounts.setPair(ws.id, { kind: 'mentors', scope: 'c1', ...pair });
      await accounts.setPair(ws.id, {
        kind: 'mentors',
        scope: 'c1',
        ...pair,
        schoolUserId: bob.id,
      });
      expect((await accounts.listPairs(ws.id)).map((p) => [p.kind, p.scope])).toEqual([
        ['leaders', 'group'],
        ['mentors', 'c1'],
        ['mentors', 'c2'],
      ]);
      expect((await accounts.listPairs(ws.id))[1]?.schoolUserId).toBe(bob.id);

      expect(await accounts.removePairsOf(ws.id, ann.id, 'leaders')).toBe(1);
      expect(await accounts.removePairsOf(ws.id, ann.id, 'leaders')).toBe(0);
      expect((await accounts.listPairs(ws.id)).map((p) => p.scope)).toEqual(['c1', 'c2']);
      await accounts.removeMember(ws.id, bob.id);
      expect(await accounts.listPairs(ws.id)).toEqual([]);
    });

    it('hands an invitation’s link out once and uses it once', async () => {
      const input = {
        workspaceId: ws.id,
        email: 'carol@test.local',
        role: 'editor' as const,
        organisationId: firm.id,
        createdBy: ann.id,
        expiresAt: Date.now() + 60_000,
      };
      const { invitation, token } = await accounts.createInvitation(input);
      expect(invitation).toMatchObject({ ...input, acceptedAt: null, revokedAt: null });
      expect(await accounts.findInvitation(token)).toEqual(invitation);
      expect(await accounts.findInvitation(`${token}x`)).toBeNull();
      expect(await accounts.getInvitation(invitation.id)).toEqual(invitation);
      expect(await accounts.consumeInvitation(invitation.id)).toBe(true);
      expect(await accounts.consumeInvitation(invitation.id)).toBe(false);
      expect((await accounts.getInvitation(invitation.id))?.acceptedAt).toBeTypeOf('number');

      const second = await accounts.createInvitation(input);
      await accounts.revokeInvitation(second.invitation.id);
      expect(await accounts.consumeInvitation(second.invitation.id)).toBe(false);
      const listed = await accounts.listInvitations(ws.id);
      expect(listed.map((i) => i.id).sort()).toEqual([invitation.id, second.invitation.id].sort());
      expect(listed[0]?.createdAt).toBeGreaterThanOrEqual(listed[1]?.createdAt ?? 0);
      expect(await accounts.listInvitations('other')).toEqual([]);
    });

    it('uses the organisations of a workspace’s members and invitations, no other', async () => {
      const elsewhere = await accounts.createOrganisation('Elsewhere', 'enterprise');
      const invited = await accounts.createOrganisation('Invited', 'enterprise');
      const other = await accounts.createWorkspace('Other');
      await accounts.setMember(ws.id, ann.id, 'owner');
      await accounts.setMember(other.id, bob.id, 'owner');
      await accounts.createInvitation({
        workspaceId: ws.id,
        email: 'dan@test.local',
        role: 'editor',
        organisationId: invited.id,
        createdBy: ann.id,
        expiresAt: Date.now() + 60_000,
      });
      expect(await accounts.organisationsUsedBy([ws.id])).toEqual([invited, college]);
      expect(await accounts.organisationsUsedBy([ws.id, other.id])).toEqual([
        firm,
        invited,
        college,
      ]);
      expect(await accounts.organisationsUsedBy([])).toEqual([]);
      expect((await accounts.organisationsUsedBy([other.id])).map((o) => o.id)).not.toContain(
        elsewhere.id,
      );
    });

    it('resolves a live token only, and never one that was revoked or ran out', async () => {
      const live = await accounts.issueToken(ann.id, 60_000);
      expect(await accounts.resolveToken(live.token)).toEqual({
        userId: ann.id,
        expiresAt: live.expiresAt,
      });
      expect(await accounts.resolveToken('made-up')).toBeNull();
      const expired = await accounts.issueToken(ann.id, -1);
      expect(await accounts.resolveToken(expired.token)).toBeNull();
      expect(await accounts.resolveTokenHash(hashToken(live.token))).toEqual(
        await accounts.resolveToken(live.token),
      );
      await accounts.revokeTokenHash(hashToken(live.token));
      expect(await accounts.resolveToken(live.token)).toBeNull();
      expect(await accounts.resolveTokenHash(hashToken(live.token))).toBeNull();
    });

    it('keeps a workspace’s audit trail, newest first, within the limit', async () => {
      for (const event of ['auth.sign-in', 'pair.set', 'member.removed'] as const) {
        await accounts.audit({
          workspaceId: ws.id,
          actorUserId: ann.id,
          event,
          target: bob.id,
          details: { n: event.length, nested: { ok: true } },
          ip: '127.0.0.1',
        });
      }
      await accounts.audit({
        workspaceId: null,
        actorUserId: null,
        event: 'auth.sign-in-failed',
        target: null,
        details: {},
        ip: null,
      });
      const trail = await accounts.listAudit(ws.id);
      expect(trail.map((e) => e.event)).toEqual(['member.removed', 'pair.set', 'auth.sign-in']);
      expect(trail[0]).toMatchObject({
        workspaceId: ws.id,
        actorUserId: ann.id,
        target: bob.id,
        details: { n: 14, nested: { ok: true } },
        ip: '127.0.0.1',
      });
      expect(trail[0]?.id).toBeGreaterThan(trail[1]?.id ?? Number.POSITIVE_INFINITY);
      expect((await accounts.listAudit(ws.id, 1)).map((e) => e.event)).toEqual(['member.removed']);
    });

    it('hands out the same side stores on every call', () => {
      expect(accounts.sideStores()).toBe(accounts.sideStores());
    });
  });
}
