import type { PairKind, Role } from '@tandem/domain';
import { ErrorCode, type SetPairBody } from '@tandem/protocol';
import type { AccountStore } from '../auth';
import { AppError } from '../errors';

/**
 * The leaders pair signs documents off (R14), so who is in it is owner business, and a member
 * is in it only while they hold a role that may sign. The sign-off itself re-checks the role at
 * the moment of use (history SPEC H9a); this keeps the pair table from lying about it.
 */
const LEADER_ROLES: readonly Role[] = ['owner', 'leader'];

/** The event written when someone leaves a leaders pair because of their role. */
const PAIR_CLEARED = 'pair.cleared';

/** Refuses a change of the leaders pair by a non-owner, or naming someone who may not sign. */
export async function checkPairChange(
  accounts: AccountStore,
  workspaceId: string,
  actorId: string,
  kind: PairKind,
  body: SetPairBody,
): Promise<void> {
  if (kind !== 'leaders') return;
  const actor = await accounts.roleOf(workspaceId, actorId);
  // A non-member is answered by the usual check (404) further on, never told more here.
  if (!actor) return;
  if (actor !== 'owner') {
    throw new AppError(ErrorCode.FORBIDDEN, 403, 'only an owner may change the leaders pair');
  }
  for (const userId of [body.schoolUserId, body.enterpriseUserId]) {
    const role = await accounts.roleOf(workspaceId, userId);
    if (!role || !LEADER_ROLES.includes(role)) {
      throw new AppError(
        ErrorCode.PAIR_INVALID,
        400,
        'the leaders pair needs two members who hold the owner or leader role',
      );
    }
  }
}

/**
 * Takes `userId` out of every leaders pair of the workspace when their role no longer lets them
 * sign (or they left), and records each pair cleared. Returns how many pairs were cleared.
 */
export async function dropFromLeadersPairs(
  accounts: AccountStore,
  workspaceId: string,
  userId: string,
  actorId: string,
  reason: 'member.role-changed' | 'member.removed',
  pairsBefore?: Awaited<ReturnType<AccountStore['listPairs']>>,
): Promise<number> {
  const role = await accounts.roleOf(workspaceId, userId);
  if (role && LEADER_ROLES.includes(role)) return 0;
  const before = pairsBefore ?? (await accounts.listPairs(workspaceId));
  const mine = before.filter(
    (p) => p.kind === 'leaders' && (p.schoolUserId === userId || p.enterpriseUserId === userId),
  );
  if (mine.length === 0) return 0;
  await accounts.removePairsOf(workspaceId, userId, 'leaders');
  for (const pair of mine) {
    await accounts.audit({
      workspaceId,
      actorUserId: actorId,
      event: PAIR_CLEARED,
      target: 'leaders',
      details: {
        scope: pair.scope,
        schoolUserId: pair.schoolUserId,
        enterpriseUserId: pair.enterpriseUserId,
        removedUserId: userId,
        reason,
        role: role ?? null,
      },
      ip: null,
    });
  }
  return mine.length;
}
