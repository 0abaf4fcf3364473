import type { MotionView, SessionState } from '@tandem/protocol';
import { describe, expect, it } from 'vitest';
import { currentItemId, myVote, openMotion, rolesIn } from './sessionRoles';

const motion = (id: string, itemId: string, voters: string[] = []): MotionView => ({
  id,
  itemId,
  text: id,
  proposerId: 'chair',
  votes: voters.map((voterId) => ({ voterId, side: 'school', choice: 'for' })),
  tally: { for: voters.length, against: 0, abstain: 0 },
  quorum: {
    quorum: false,
    voted: voters.length,
    required: 2,
    bySide: { school: 0, enterprise: 0 },
  },
});

function session(patch: Partial<SessionState> = {}): SessionState {
  return {
    id: 's',
    workspaceId: 'w',
    title: 'Committee',
    status: 'live',
    scheduledFor: null,
    chairId: 'chair',
    presenterId: 'chair',
    votingMembers: [{ userId: 'v', name: 'Voter', side: 'enterprise' }],
    agenda: [
      { id: 'i1', title: 'One', actions: [], outcome: 'tabled' },
      { id: 'i2', title: 'Two', actions: [] },
      { id: 'i3', title: 'Three', actions: [] },
    ],
    attendance: [],
    follow: null,
    followers: 0,
    revision: 0,
    motions: [],
    startedAt: 1,
    endedAt: null,
    minutesDocumentId: null,
    ...patch,
  };
}

describe('session roles and the current item', () => {
  it('[S4] voting members and the chair move motions; others only watch', () => {
    expect(rolesIn(session(), 'chair')).toMatchObject({ isChair: true, mayMove: true });
    expect(rolesIn(session(), 'v')).toMatchObject({ isVoting: true, mayMove: true });
    expect(rolesIn(session(), 'viewer')).toMatchObject({ mayMove: false, isPresenter: false });
  });

  it('[S3] the current item is the presented one, else the first undecided', () => {
    expect(currentItemId(session())).toBe('i2');
    expect(currentItemId(session({ follow: { documentId: 'd', itemId: 'i3' } }))).toBe('i3');
  });

  it('the open motion is the newest on an undecided item', () => {
    const state = session({
      motions: [motion('m1', 'i2'), motion('m2', 'i2', ['v']), motion('m0', 'i1')],
    });
    expect(openMotion(state, 'i2')?.id).toBe('m2');
    expect(openMotion(state, 'i1')).toBeNull();
    expect(myVote(motion('m', 'i2', ['v']), 'v')?.choice).toBe('for');
  });
});
