import { ErrorCode } from '@tandem/protocol';
import { AppError } from '../errors';
import type { AuthService, AuthServiceDeps, Principal } from './AuthService';
import { linkInvalid, weakPassword } from './InvitationAcceptance';
import { judgePassword } from './passwordRule';
import { hashPassword } from './passwords';

/** How long a mailed reset link works. */
export const RESET_TTL_MS = 60 * 60_000;

/**
 * Replacing a password: by a single-use link mailed to the address (forgotten password), or
 * by giving the current one (signed in). Either way the new password must pass the rule and
 * the account's other sign-ins end, so whoever knew the old password is out.
 */
export class PasswordRecovery {
  constructor(
    private readonly auth: AuthService,
    private readonly deps: Pick<AuthServiceDeps, 'accounts' | 'mailer' | 'log'>,
  ) {}

  /**
   * Always answers the same, at once: the lookup and the mail happen afterwards, so neither
   * the answer nor its timing tells whether the address has an account.
   */
  request(email: string, ip: string | null): void {
    void this.mailResetLink(email.toLowerCase(), ip).catch((err: unknown) =>
      this.deps.log.warn({ err }, 'password reset mail not sent'),
    );
  }

  async reset(token: string, password: string, ip: string | null): Promise<void> {
    // Judged before the link is used up: a refused password must not cost the person the link.
    const userId = await this.auth.credentials.peekReset(token);
    const user = userId ? await this.deps.accounts.getUser(userId) : null;
    if (!user) throw linkInvalid();
    const verdict = await judgePassword(password, [user.email, user.name]);
    if (!verdict.ok) throw weakPassword(verdict.reason);
    if ((await this.auth.credentials.takeReset(token)) !== user.id) throw linkInvalid();
    await this.replace(user.id, password, null);
    this.auth.guard.throttle.forgetAccount(user.email);
    await this.auth.auditAccount(user.id, 'auth.password-reset', ip);
  }

  async change(
    principal: Principal,
    currentPassword: string,
    newPassword: string,
    ip: string | null,
  ): Promise<void> {
    const { user } = principal;
    const checked = await this.auth.guard.check(user.email, currentPassword, ip, 'password-change');
    if (checked?.id !== user.id) {
      throw new AppError(
        ErrorCode.AUTH_INVALID_CREDENTIALS,
        401,
        'the current password is incorrect',
      );
    }
    const verdict = await judgePassword(newPassword, [user.email, user.name]);
    if (!verdict.ok) throw weakPassword(verdict.reason);
    await this.replace(user.id, newPassword, principal.tokenHash);
    await this.auth.auditAccount(user.id, 'auth.password-changed', ip);
  }

  private async replace(userId: string, password: string, keepTokenHash: string | null) {
    await this.auth.credentials.setPassword(userId, await hashPassword(password));
    for (const tokenHash of await this.auth.credentials.revokeAllTokens(userId, keepTokenHash)) {
      this.auth.accessChanged({ kind: 'token', tokenHash });
    }
  }

  private async mailResetLink(email: string, ip: string | null): Promise<void> {
    const found = await this.deps.accounts.findCredentials(email);
    if (!found) {
      this.deps.log.info({ ip }, 'password reset requested for an unknown address');
      return;
    }
    await this.auth.auditAccount(found.user.id, 'auth.password-reset-requested', ip);
    if (!this.deps.mailer.enabled) {
      this.deps.log.warn('password reset requested, but no SMTP_URL is configured to mail it');
      return;
    }
    const { token } = await this.auth.credentials.createReset(found.user.id, RESET_TTL_MS);
    const url = `${this.auth.linkBase()}/reset/${token}`;
    await this.deps.mailer.send({
      to: found.user.email,
      subject: 'Tandem: reset your password',
      text: `Someone (we hope you) asked to reset the Tandem password of this address.\n\nChoose a new password: ${url}\n\nThe link works once and expires in one hour. Setting a new password signs you out everywhere. If this was not you, ignore this mail.\n\n有人（希望是您）申请重置此邮箱的 Tandem 密码。请在一小时内打开上面的链接设置新密码（链接仅可使用一次）；设置后所有设备将退出登录。如非本人操作，请忽略此邮件。`,
    });
  }
}
