import {
  can,
  canAssignRole,
  domainMessagesEn,
  domainMessagesZh,
  type Permission,
  type Role,
  Side,
} from '@tandem/domain';
import { type CreateInvitationBody, ErrorCode, type SetPairBody } from '@tandem/protocol';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { LoginThrottle } from './LoginThrottle';
import type { Mailer } from './Mailer';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords';
import type { SqliteAccountStore } from './SqliteAccountStore';
import { hashToken } from './tokens';
import type { AuditEvent, Invitation, User } from './types';

export interface Principal {
  user: User;
  tokenHash: string;
  via: 'cookie' | 'bearer';
  /** When the sign-in runs out: open sockets are closed then (HTTP is refused by the query). */
  expiresAt: number;
}

/** Whose access just changed; open sockets matching it are closed so they re-check. */
export type AccessChange =
  | { kind: 'member'; workspaceId: string; userId: string }
  | { kind: 'token'; tokenHash: string };

export interface AuthServiceDeps {
  accounts: SqliteAccountStore;
  mailer: Mailer;
  log: Logger;
  sessionTtlMs: number;
  inviteTtlMs: number;
  onAccessChanged(change: AccessChange): void;
}

const fail = (code: ErrorCode, status: number, message: string) =>
  new AppError(code, status, message);
const notMember = () => fail(ErrorCode.WORKSPACE_NOT_FOUND, 404, 'workspace not found');

/** Sign-in, membership and invitation rules. Routes translate HTTP; this decides. */
export class AuthService {
  private readonly throttle = new LoginThrottle();

  constructor(private readonly deps: AuthServiceDeps) {}

  get accounts(): SqliteAccountStore {
    return this.deps.accounts;
  }

  async login(email: string, password: string, ip: string | null) {
    const key = email.toLowerCase();
    const wait = this.throttle.lockedFor(key);
    if (wait > 0) {
      throw new AppError(
        ErrorCode.AUTH_LOCKED,
        429,
        `too many failed sign-ins; try again in ${Math.ceil(wait / 60_000)} minutes`,
      );
    }
    const found = await this.deps.accounts.findCredentials(key);
    // Verify against a dummy hash for unknown emails so timing does not reveal which exist.
    const ok = await verifyPassword(password, found?.passwordHash ?? DUMMY_HASH);
    if (!found || !ok) {
      this.throttle.fail(key);
      this.deps.log.info({ ip, known: found !== null }, 'sign-in failed');
      if (found) await this.auditAccount(found.user.id, 'auth.sign-in-failed', ip);
      throw fail(ErrorCode.AUTH_INVALID_CREDENTIALS, 401, 'email or password is incorrect');
    }
    this.throttle.succeed(key);
    return this.startSession(found.user, ip);
  }

  async logout(principal: Principal, ip: string | null): Promise<void> {
    await this.deps.accounts.revokeTokenHash(principal.tokenHash);
    this.deps.onAccessChanged({ kind: 'token', tokenHash: principal.tokenHash });
    await this.auditAccount(principal.user.id, 'auth.sign-out', ip);
  }

  async authenticate(token: string, via: Principal['via']): Promise<Principal | null> {
    const session = await this.deps.accounts.resolveToken(token);
    const user = session ? await this.deps.accounts.getUser(session.userId) : null;
    if (!session || !user) return null;
    return { user, tokenHash: hashToken(token), via, expiresAt: session.expiresAt };
  }

  /** The caller's role; a non-member gets the same 404 as a workspace that does not exist. */
  async requireRole(principal: Principal, workspaceId: string, permission: Permission) {
    const role = await this.deps.accounts.roleOf(workspaceId, principal.user.id);
    if (!role) throw notMember();
    if (!can(role, permission))
      throw fail(ErrorCode.FORBIDDEN, 403, `your role may not ${permission}`);
    return role;
  }

  async invite(
    principal: Principal,
    workspaceId: string,
    body: CreateInvitationBody,
    baseUrl: string,
  ) {
    const role = await this.requireRole(principal, workspaceId, 'member:invite');
    if (!canAssignRole(role, undefined, body.role)) {
      throw fail(ErrorCode.FORBIDDEN, 403, `a ${role} may not invite a ${body.role}`);
    }
    const existing = await this.deps.accounts.findCredentials(body.email);
    if (existing && (await this.deps.accounts.roleOf(workspaceId, existing.user.id))) {
      throw fail(ErrorCode.INVITE_EMAIL_TAKEN, 409, 'this person is already a member');
    }
    const organisation =
      'id' in body.organisation
        ? await this.deps.accounts.getOrganisation(body.organisation.id)
        : await this.deps.accounts.createOrganisation(
            body.organisation.name,
            body.organisation.side,
          );
    if (!organisation) throw fail(ErrorCode.VALIDATION_FAILED, 400, 'organisation: not found');
    const { invitation, token } = await this.deps.accounts.createInvitation({
      workspaceId,
      email: body.email,
      role: body.role,
      organisationId: organisation.id,
      createdBy: principal.user.id,
      expiresAt: Date.now() + this.deps.inviteTtlMs,
    });
    const url = `${baseUrl}/invite/${token}`;
    const workspace = await this.deps.accounts.getWorkspace(workspaceId);
    const emailed = await this.deps.mailer.send({
      to: body.email,
      subject: `Tandem: ${principal.user.name} invited you to ${workspace?.name ?? 'a workspace'}`,
      text: `${principal.user.name} invited you to join "${workspace?.name}" on Tandem as ${domainMessagesEn.roles[body.role]}.\n\nAccept: ${url}\n\nThe link works once and expires ${new Date(invitation.expiresAt).toISOString()}.\n\n${principal.user.name} 邀请您以「${domainMessagesZh.roles[body.role]}」身份加入 Tandem 工作区「${workspace?.name}」。请打开上面的链接接受邀请。`,
    });
    await this.audit(
      workspaceId,
      principal.user.id,
      'invitation.created',
      body.email,
      { role: body.role, emailed },
      null,
    );
    return { invitation, organisation, url, emailed };
  }

  /** A usable invitation, or the reason it is not. */
  async openInvitation(token: string): Promise<Invitation> {
    const invitation = await this.deps.accounts.findInvitation(token);
    if (!invitation || invitation.acceptedAt || invitation.revokedAt) {
      throw fail(
        ErrorCode.INVITE_INVALID,
        404,
        'this invitation link is not valid or was already used',
      );
    }
    if (invitation.expiresAt <= Date.now()) {
      throw fail(ErrorCode.INVITE_EXPIRED, 410, 'this invitation link has expired');
    }
    return invitation;
  }

  /** Creates the account (or uses the existing one, whose password must match) and joins. */
  async acceptInvitation(
    token: string,
    body: { name?: string | undefined; password: string },
    ip: string | null,
  ) {
    const invitation = await this.openInvitation(token);
    const existing = await this.deps.accounts.findCredentials(invitation.email);
    let user: User;
    if (existing) {
      if (!(await verifyPassword(body.password, existing.passwordHash))) {
        throw fail(ErrorCode.AUTH_INVALID_CREDENTIALS, 401, 'email or password is incorrect');
      }
      user = existing.user;
    } else {
      if (!body.name)
        throw fail(ErrorCode.VALIDATION_FAILED, 400, 'name: required for a new account');
      user = await this.deps.accounts.createUser({
        email: invitation.email,
        name: body.name,
        passwordHash: await hashPassword(body.password),
        organisationId: invitation.organisationId,
      });
    }
    if (!(await this.deps.accounts.consumeInvitation(invitation.id))) {
      throw fail(
        ErrorCode.INVITE_INVALID,
        404,
        'this invitation link is not valid or was already used',
      );
    }
    await this.deps.accounts.setMember(invitation.workspaceId, user.id, invitation.role);
    await this.audit(
      invitation.workspaceId,
      user.id,
      'invitation.accepted',
      user.id,
      { role: invitation.role },
      ip,
    );
    return this.startSession(user, ip);
  }

  async revokeInvitation(principal: Principal, workspaceId: string, invitationId: string) {
    await this.requireRole(principal, workspaceId, 'member:invite');
    const invitation = await this.deps.accounts.getInvitation(invitationId);
    if (!invitation || invitation.workspaceId !== workspaceId) {
      throw fail(ErrorCode.INVITE_INVALID, 404, 'invitation not found');
    }
    await this.deps.accounts.revokeInvitation(invitationId);
    await this.audit(
      workspaceId,
      principal.user.id,
      'invitation.revoked',
      invitation.email,
      {},
      null,
    );
  }

  async changeRole(principal: Principal, workspaceId: string, userId: string, to: Role) {
    const actor = await this.requireRole(principal, workspaceId, 'member:manage');
    const from = await this.targetRole(workspaceId, userId);
    if (!canAssignRole(actor, from, to)) {
      throw fail(ErrorCode.FORBIDDEN, 403, `a ${actor} may not change a ${from} to ${to}`);
    }
    if (from === 'owner' && to !== 'owner') await this.assertNotLastOwner(workspaceId);
    await this.deps.accounts.setMember(workspaceId, userId, to);
    this.deps.onAccessChanged({ kind: 'member', workspaceId, userId });
    await this.audit(
      workspaceId,
      principal.user.id,
      'member.role-changed',
      userId,
      { from, to },
      null,
    );
  }

  async removeMember(principal: Principal, workspaceId: string, userId: string) {
    const actor = await this.requireRole(principal, workspaceId, 'member:manage');
    const from = await this.targetRole(workspaceId, userId);
    if (actor !== 'owner' && !canAssignRole(actor, from, 'viewer')) {
      throw fail(ErrorCode.FORBIDDEN, 403, `a ${actor} may not remove a ${from}`);
    }
    if (from === 'owner') await this.assertNotLastOwner(workspaceId);
    await this.deps.accounts.removeMember(workspaceId, userId);
    this.deps.onAccessChanged({ kind: 'member', workspaceId, userId });
    await this.audit(
      workspaceId,
      principal.user.id,
      'member.removed',
      userId,
      { role: from },
      null,
    );
  }

  /** A dual pair: exactly one member of each side, both members of the workspace. */
  async setPair(
    principal: Principal,
    workspaceId: string,
    kind: 'leaders' | 'coordinators' | 'mentors',
    body: SetPairBody,
  ) {
    await this.requireRole(principal, workspaceId, 'pair:manage');
    const members = await this.deps.accounts.listMembers(workspaceId);
    const side = (id: string) => members.find((m) => m.user.id === id)?.user.organisation.side;
    if (
      side(body.schoolUserId) !== Side.enum.school ||
      side(body.enterpriseUserId) !== Side.enum.enterprise
    ) {
      throw fail(
        ErrorCode.PAIR_INVALID,
        400,
        'a pair needs one school member and one enterprise member of this workspace',
      );
    }
    await this.deps.accounts.setPair(workspaceId, { kind, ...body });
    await this.audit(workspaceId, principal.user.id, 'pair.set', kind, { ...body }, null);
  }

  async audit(
    workspaceId: string | null,
    actorUserId: string | null,
    event: AuditEvent,
    target: string | null,
    details: Record<string, unknown>,
    ip: string | null,
  ): Promise<void> {
    await this.deps.accounts.audit({ workspaceId, actorUserId, event, target, details, ip });
  }

  /**
   * Account events go into the log of every workspace the person belongs to at that moment, so
   * each owner sees them and they stay after the person leaves.
   */
  private async auditAccount(userId: string, event: AuditEvent, ip: string | null): Promise<void> {
    const workspaces = await this.deps.accounts.workspacesOf(userId);
    for (const { workspace } of workspaces) {
      await this.audit(workspace.id, userId, event, userId, {}, ip);
    }
  }

  private async startSession(user: User, ip: string | null) {
    const { token, expiresAt } = await this.deps.accounts.issueToken(
      user.id,
      this.deps.sessionTtlMs,
    );
    await this.auditAccount(user.id, 'auth.sign-in', ip);
    return { token, expiresAt, user };
  }

  private async targetRole(workspaceId: string, userId: string): Promise<Role> {
    const role = await this.deps.accounts.roleOf(workspaceId, userId);
    if (!role) throw fail(ErrorCode.MEMBER_NOT_FOUND, 404, 'member not found');
    return role;
  }

  private async assertNotLastOwner(workspaceId: string): Promise<void> {
    const owners = (await this.deps.accounts.listMembers(workspaceId)).filter(
      (m) => m.role === 'owner',
    );
    if (owners.length <= 1)
      throw fail(ErrorCode.LAST_OWNER, 409, 'a workspace keeps at least one owner');
  }
}
