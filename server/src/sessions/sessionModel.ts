import { MOE_2019, quorumStatus } from '@tandem/domain';
import type { MotionView, SessionPerson, SessionSchedule, SessionState } from '@tandem/protocol';
import type { Member } from '../auth';

/** The wire says for/against/abstain; the domain's R15 counts yes/no/abstain. */
const CHOICE = { for: 'yes', against: 'no', abstain: 'abstain' } as const;

export function newMotion(id: string, itemId: string, text: string, proposerId: string) {
  const motion: MotionView = {
    id,
    itemId,
    text,
    proposerId,
    votes: [],
    tally: { for: 0, against: 0, abstain: 0 },
    quorum: { quorum: false, voted: 0, required: 0, bySide: { school: 0, enterprise: 0 } },
  };
  return motion;
}

/** Tally and R15 quorum, live after every vote, against all voting members (not attendees). */
export function recount(votingMembers: readonly SessionPerson[], motion: MotionView): void {
  motion.tally = { for: 0, against: 0, abstain: 0 };
  for (const v of motion.votes) motion.tally[v.choice] += 1;
  const members = votingMembers.map((m) => ({ id: m.userId, side: m.side }));
  const votes = motion.votes.map((v) => ({ memberId: v.voterId, choice: CHOICE[v.choice] }));
  motion.quorum = quorumStatus(votes, members, MOE_2019);
}

/** A scheduled session: the chair presents until they hand over. */
export function newSession(
  id: string,
  chairId: string,
  p: SessionSchedule,
  voting: readonly Member[],
): SessionState {
  return {
    id,
    workspaceId: p.workspaceId,
    title: p.title,
    status: 'scheduled',
    scheduledFor: p.scheduledFor ?? null,
    chairId,
    presenterId: chairId,
    votingMembers: voting.map((m) => ({
      userId: m.user.id,
      name: m.user.name,
      side: m.user.organisation.side,
    })),
    agenda: p.agenda.map((a, i) => ({
      id: `${id}-${i + 1}`,
      title: a.title,
      link: a.link,
      actions: [],
    })),
    attendance: [],
    follow: null,
    followers: 0,
    motions: [],
    startedAt: null,
    endedAt: null,
    minutesDocumentId: null,
    revision: 0,
  };
}
