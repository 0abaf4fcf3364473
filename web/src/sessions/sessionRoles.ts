import type { MotionView, SessionPerson, SessionState } from '@tandem/protocol';

export interface SessionRoles {
  isChair: boolean;
  isPresenter: boolean;
  isVoting: boolean;
  /** S4: voting members and the chair move motions. */
  mayMove: boolean;
}

export function rolesIn(state: SessionState, userId: string): SessionRoles {
  const isChair = state.chairId === userId;
  const isVoting = state.votingMembers.some((m) => m.userId === userId);
  return {
    isChair,
    isPresenter: state.presenterId === userId,
    isVoting,
    mayMove: isChair || isVoting,
  };
}

/** Everyone the session knows by id: voting members and attendance. */
export function peopleOfSession(state: SessionState): Map<string, SessionPerson> {
  const people = new Map<string, SessionPerson>();
  for (const p of [...state.votingMembers, ...state.attendance]) {
    if (!people.has(p.userId))
      people.set(p.userId, { userId: p.userId, name: p.name, side: p.side });
  }
  return people;
}

export function myVote(motion: MotionView, userId: string) {
  return motion.votes.find((v) => v.voterId === userId) ?? null;
}

/** The item the room is on: the presented one, else the first still undecided. */
export function currentItemId(state: SessionState): string | null {
  return state.follow?.itemId ?? state.agenda.find((i) => !i.outcome)?.id ?? null;
}

/** The newest motion on an item that is still open for votes. */
export function openMotion(state: SessionState, itemId: string | null): MotionView | null {
  if (!itemId) return null;
  const item = state.agenda.find((i) => i.id === itemId);
  if (!item || item.outcome) return null;
  const motions = state.motions.filter((m) => m.itemId === itemId);
  return motions[motions.length - 1] ?? null;
}
