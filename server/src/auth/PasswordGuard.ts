import { ErrorCode } from '@tandem/protocol';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import type { AccountStore } from '../persistence';
import { PasswordThrottle } from './PasswordThrottle';
import { DUMMY_HASH, verifyPassword } from './passwords';
import type { AuditEvent, User } from './types';

/** Where a password was checked; recorded with every failure. */
export type PasswordCheckVia = 'sign-in' | 'invitation' | 'password-change';

/**
 * The one gate every password check passes: the throttle is consulted before the hash is,
 * so a right guess during a lock is refused like a wrong one; every failure is logged and
 * audited (in each workspace of the account, or workspace-less for an unknown address); and
 * an unknown address costs the same time as a known one.
 */
export class PasswordGuard {
  readonly throttle: PasswordThrottle;

  constructor(
    private readonly accounts: AccountStore,
    private readonly log: Logger,
    throttle = new PasswordThrottle(),
  ) {
    this.throttle = throttle;
  }

  /** The account if the password is its own; null otherwise. Throws AUTH_LOCKED while slowed. */
  async check(
    email: string,
    password: string,
    ip: string | null,
    via: PasswordCheckVia,
  ): Promise<User | null> {
    const key = email.toLowerCase();
    const wait = this.throttle.lockedFor(key, ip);
    if (wait > 0) {
      this.log.info({ ip, via, waitMs: wait }, 'password check refused while locked');
      throw lockedError(wait);
    }
    const found = await this.accounts.findCredentials(key);
    const ok = await verifyPassword(password, found?.passwordHash ?? DUMMY_HASH);
    if (found && ok) {
      this.throttle.succeed(key, ip);
      return found.user;
    }
    this.throttle.fail(key, ip);
    const lockedForSeconds = Math.ceil(this.throttle.lockedFor(key, ip) / 1000);
    this.log.info({ ip, via, known: found !== null, lockedForSeconds }, 'password check failed');
    const details = { via, ...(lockedForSeconds > 0 ? { lockedForSeconds } : {}) };
    if (found) await this.auditAccount(found.user.id, 'auth.sign-in-failed', ip, details);
    else {
      await this.accounts.audit({
        workspaceId: null,
        actorUserId: null,
        event: 'auth.sign-in-failed',
        target: key,
        details,
        ip,
      });
    }
    return null;
  }

  /**
   * Account events go into the log of every workspace the person belongs to at that moment, so
   * each owner sees them and they stay after the person leaves.
   */
  async auditAccount(
    userId: string,
    event: AuditEvent,
    ip: string | null,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    const workspaces = await this.accounts.workspacesOf(userId);
    for (const { workspace } of workspaces) {
      await this.accounts.audit({
        workspaceId: workspace.id,
        actorUserId: userId,
        event,
        target: userId,
        details,
        ip,
      });
    }
  }
}

function lockedError(waitMs: number): AppError {
  const minutes = Math.ceil(waitMs / 60_000);
  return new AppError(
    ErrorCode.AUTH_LOCKED,
    429,
    `too many failed password attempts; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
  );
}
