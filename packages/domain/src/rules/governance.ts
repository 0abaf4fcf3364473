import type { Side } from '../access/roles';
import type { PolicyProfile } from '../policy/PolicyProfile';

/** A dual pair (dual professional leaders, dual coordinators…): one member from each side. */
export interface DualPair {
  school: string;
  enterprise: string;
}

export interface Signoff {
  memberId: string;
  side: Side;
}

/** Which sides of the owning pair have not signed the version yet. */
export function missingSignoffs(signoffs: readonly Signoff[], pair: DualPair): Side[] {
  const signed = (side: Side) => signoffs.some((s) => s.side === side && s.memberId === pair[side]);
  return (['school', 'enterprise'] as const).filter((side) => !signed(side));
}

/**
 * R14: a version is adopted only when both members of the owning pair signed it, each for their
 * own side. A sign-off by someone outside the pair, or for the wrong side, does not count.
 */
export function isAdopted(signoffs: readonly Signoff[], pair: DualPair): boolean {
  return missingSignoffs(signoffs, pair).length === 0;
}

export interface VotingMember {
  id: string;
  side: Side;
}

export interface Vote {
  memberId: string;
  choice: 'yes' | 'no' | 'abstain';
}

export interface QuorumStatus {
  quorum: boolean;
  voted: number;
  required: number;
  bySide: Record<Side, number>;
}

/**
 * R15: a decision needs votes (abstentions count as present) from at least the profile's share of
 * voting members, and, by default, at least one member of each side. Votes from people who are not
 * voting members, and repeated votes, are ignored.
 */
export function quorumStatus(
  votes: readonly Vote[],
  members: readonly VotingMember[],
  profile: PolicyProfile,
): QuorumStatus {
  const { quorumRatio, requireEachSide } = profile.rules.R15;
  const byId = new Map(members.map((m) => [m.id, m]));
  const voters = new Set(votes.map((v) => v.memberId).filter((id) => byId.has(id)));
  const bySide: Record<Side, number> = { school: 0, enterprise: 0 };
  for (const id of voters) {
    const member = byId.get(id);
    if (member) bySide[member.side] += 1;
  }
  // A tiny epsilon keeps 2/3 of 6 members at exactly 4, not 4.0000000001 → 5.
  const required = Math.ceil(members.length * quorumRatio - 1e-9);
  const sidesOk = !requireEachSide || (bySide.school > 0 && bySide.enterprise > 0);
  return {
    quorum: members.length > 0 && voters.size >= required && sidesOk,
    voted: voters.size,
    required,
    bySide,
  };
}

export function hasQuorum(
  votes: readonly Vote[],
  members: readonly VotingMember[],
  profile: PolicyProfile,
): boolean {
  return quorumStatus(votes, members, profile).quorum;
}
