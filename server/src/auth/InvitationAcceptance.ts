import { ErrorCode } from '@tandem/protocol';
import { AppError } from '../errors';
import type { AuthService, AuthServiceDeps, Principal } from './AuthService';
import { judgePassword } from './passwordRule';
import { hashPassword } from './passwords';
import type { Invitation, User } from './types';

const fail = (code: ErrorCode, status: number, message: string) =>
  new AppError(code, status, message);

export type AcceptOutcome =
  | { kind: 'joined'; session: Awaited<ReturnType<AuthService['startSession']>> }
  | { kind: 'pending'; emailed: boolean };

/**
 * Answering an invitation. The holder of an existing account joins with its password (a
 * password check like any other: throttled and audited). Anyone else proposes a name and a
 * password, which wait until the address is proven: by the link mailed to it or, when no mail
 * is configured, by a workspace owner. Both kinds of refusal get the same answer, so the link
 * does not tell whoever holds it (the inviter, say) whether the address has an account.
 */
export class InvitationAcceptance {
  constructor(
    private readonly auth: AuthService,
    private readonly deps: Pick<AuthServiceDeps, 'accounts' | 'mailer' | 'log'>,
  ) {}

  async accept(
    token: string,
    body: { name?: string | undefined; password: string },
    ip: string | null,
  ): Promise<AcceptOutcome> {
    const invitation = await this.auth.openInvitation(token);
    const user = await this.auth.guard.check(invitation.email, body.password, ip, 'invitation');
    if (user) return { kind: 'joined', session: await this.join(invitation, user, ip) };
    const name = body.name?.trim() || invitation.email.split('@')[0] || invitation.email;
    const verdict = await judgePassword(body.password, [invitation.email, name]);
    if (!verdict.ok) throw weakPassword(verdict.reason);
    const { token: proof } = await this.auth.credentials.createPendingSignup({
      invitationId: invitation.id,
      name,
      passwordHash: await hashPassword(body.password),
      expiresAt: invitation.expiresAt,
    });
    await this.auth.audit(
      invitation.workspaceId,
      null,
      'invitation.answered',
      invitation.email,
      { emailed: this.deps.mailer.enabled },
      ip,
    );
    if (this.deps.mailer.enabled) this.mailProof(invitation, proof);
    return { kind: 'pending', emailed: this.deps.mailer.enabled };
  }

  /** The mailed link: proves the address, creates the account, joins and signs in. */
  async confirmByLink(token: string, ip: string | null) {
    const pending = await this.auth.credentials.takePendingByToken(token);
    if (!pending) throw linkInvalid();
    const { invitation, user } = await this.createAccount(pending);
    return this.join(invitation, user, ip);
  }

  /** Without mail, an owner vouches for the address; the person then signs in. */
  async confirmByOwner(principal: Principal, workspaceId: string, invitationId: string) {
    // Owners only: a leader vouching for an address is the squatting this step exists to stop.
    const role = await this.auth.requireRole(principal, workspaceId, 'member:invite');
    if (role !== 'owner') {
      throw fail(ErrorCode.FORBIDDEN, 403, 'only an owner may confirm an address');
    }
    if (this.deps.mailer.enabled) {
      throw fail(
        ErrorCode.INVITE_CONFIRM_BY_MAIL,
        409,
        'mail is configured: the person confirms their address with the mailed link',
      );
    }
    const invitation = await this.deps.accounts.getInvitation(invitationId);
    if (!invitation || invitation.workspaceId !== workspaceId) {
      throw fail(ErrorCode.INVITE_INVALID, 404, 'invitation not found');
    }
    const pending = await this.auth.credentials.takeLatestPending(invitationId);
    if (!pending) {
      throw fail(ErrorCode.INVITE_NOT_ANSWERED, 409, 'nobody has answered this invitation yet');
    }
    const { user } = await this.createAccount(pending);
    await this.joinOnly(invitation, user, null);
    await this.auth.audit(
      workspaceId,
      principal.user.id,
      'invitation.confirmed',
      user.id,
      { email: invitation.email },
      null,
    );
  }

  private async createAccount(pending: {
    invitationId: string;
    name: string;
    passwordHash: string;
  }) {
    const invitation = await this.deps.accounts.getInvitation(pending.invitationId);
    if (!invitation || invitation.acceptedAt || invitation.revokedAt) throw linkInvalid();
    if (invitation.expiresAt <= Date.now()) throw linkInvalid();
    if (await this.deps.accounts.findCredentials(invitation.email)) {
      throw fail(
        ErrorCode.INVITE_EMAIL_TAKEN,
        409,
        'this address already has an account: open the invitation again and use its password, or reset it',
      );
    }
    const user = await this.deps.accounts.createUser({
      email: invitation.email,
      name: pending.name,
      passwordHash: pending.passwordHash,
      organisationId: invitation.organisationId,
    });
    return { invitation, user };
  }

  private async join(invitation: Invitation, user: User, ip: string | null) {
    await this.joinOnly(invitation, user, ip);
    return this.auth.startSession(user, ip);
  }

  private async joinOnly(invitation: Invitation, user: User, ip: string | null) {
    if (!(await this.deps.accounts.consumeInvitation(invitation.id))) {
      throw fail(
        ErrorCode.INVITE_INVALID,
        404,
        'this invitation link is not valid or was already used',
      );
    }
    await this.deps.accounts.setMember(invitation.workspaceId, user.id, invitation.role);
    await this.auth.audit(
      invitation.workspaceId,
      user.id,
      'invitation.accepted',
      user.id,
      { role: invitation.role },
      ip,
    );
  }

  /** Sent in the background: how long mail takes must not tell anything about the address. */
  private mailProof(invitation: Invitation, token: string): void {
    const url = `${this.auth.linkBase()}/verify/${token}`;
    void this.deps.mailer
      .send({
        to: invitation.email,
        subject: 'Tandem: confirm your email address',
        text: `Someone (we hope you) answered an invitation to Tandem for this address.\n\nConfirm it and join: ${url}\n\nIf this was not you, ignore this mail: nothing happens without the link.\n\n有人（希望是您）以此邮箱地址接受了 Tandem 的邀请。请打开上面的链接确认邮箱并加入；如非本人操作，请忽略此邮件。`,
      })
      .catch((err: unknown) => this.deps.log.warn({ err }, 'confirmation mail not sent'));
  }
}

export function weakPassword(reason: string): AppError {
  return fail(ErrorCode.AUTH_PASSWORD_WEAK, 400, `password is too easy to guess: ${reason}`);
}

export function linkInvalid(): AppError {
  return fail(
    ErrorCode.AUTH_LINK_INVALID,
    404,
    'this link is not valid, was already used or has expired',
  );
}
