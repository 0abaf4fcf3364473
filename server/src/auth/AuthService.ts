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
import type { AccountStore, CredentialStore } from '../persistence';
import { InvitationAcceptance } from './InvitationAcceptance';
import type { Mailer } from './Mailer';
import { PasswordGuard } from './PasswordGuard';
import { PasswordRecovery } from './PasswordRecovery';
import { csrfTokenFor, hashToken } from './tokens';
import type { AuditEvent, Invitation, User } from './types';

export interface Principal {
  user: User;
  tokenHash: string;
  via: 'cookie' | 'bearer';
  /** When the sign-in runs out: open sockets are closed then (HTTP is refused by the query). */
  expiresAt: number;
  /** What cookie-authenticated mutations must echo in `x-csrf-token`; bound to this sign-in. */
  csrfToken: string;
}

/**
 * Whose access just changed; open sockets matching it, on every node, are closed so they
 * re-check. A deleted document is closed for everyone.
 */
export type AccessChange =
  | { kind: 'member'; workspaceId: string; userId: string }
  | { kind: 'token'; tokenHash: string }
  | { kind: 'document'; docId: string };

export interface AuthServiceDeps {
  accounts: AccountStore;
  mailer: Mailer;
  log: Logger;
  sessionTtlMs: number;
  inviteTtlMs: number;
  /** The base of links in mail (see `linkBase`). */
  linkBase(): string;
  onAccessChanged(change: AccessChange): void;
}

const fail = (code: ErrorCode, status: number, message: string) =>
  new AppError(code, status, message);
const notMember = () => fail(ErrorCode.WORKSPACE_NOT_FOUND, 404, 'workspace not found');

/** Sign-in, membership and invitation rules. Routes translate HTTP; this decides. */
export class AuthService {
  /** The one throttle and audit trail of every password check. */
  readonly guard: PasswordGuard;
  readonly credentials: CredentialStore;
  readonly signups: InvitationAcceptance;
  readonly passwords: PasswordRecovery;

  constructor(private readonly deps: AuthServiceDeps) {
    this.guard = new PasswordGuard(deps.accounts, deps.log);
    this.credentials = deps.accounts.sideStores().credentials;
    this.signups = new InvitationAcceptance(this, deps);
    this.passwords = new PasswordRecovery(this, deps);
  }

  /** Where links in mail point: the configured public address, never a request header. */
  linkBase(): string {
    return this.deps.linkBase();
  }

  get mailer(): Mailer {
    return this.deps.mailer;
  }

  get log(): Logger {
    return this.deps.log;
  }

  /** Tells open sockets that a person's access or sign-ins changed. */
  accessChanged(change: AccessChange): void {
    this.deps.onAccessChanged(change);
  }

  get accounts(): AccountStore {
    return this.deps.accounts;
  }

  async login(email: string, password: string, ip: string | null) {
    const user = await this.guard.check(email, password, ip, 'sign-in');
    if (!user)
      throw fail(ErrorCode.AUTH_INVALID_CREDENTIALS, 401, 'email or password is incorrect');
    return this.startSession(user, ip);
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
    return {
      user,
      tokenHash: hashToken(token),
      via,
      expiresAt: session.expiresAt,
      csrfToken: csrfTokenFor(token),
    };
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

  /** Joins with an existing account's password, or asks for the address to be confirmed. */
  acceptInvitation(
    token: string,
    body: { name?: string | undefined; password: string },
    ip: string | null,
  ) {
    return this.signups.accept(token, body, ip);
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

  /** An account event, in the log of every workspace the person belongs to now. */
  auditAccount(
    userId: string,
    event: AuditEvent,
    ip: string | null,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    return this.guard.auditAccount(userId, event, ip, details);
  }

  async startSession(user: User, ip: string | null) {
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
