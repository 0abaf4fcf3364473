import { describe, expect, it } from 'vitest';
import { MOE_2019 } from '../policy/PolicyProfile';
import { resolvePolicyProfile } from '../policy/resolvePolicyProfile';
import {
  hasQuorum,
  isAdopted,
  missingSignoffs,
  quorumStatus,
  type VotingMember,
} from './governance';

const pair = { school: 'u-li', enterprise: 'u-chen' };

describe('[R14] adoption needs both sides of the owning pair', () => {
  it('adopts a version signed by both members of the pair', () => {
    expect(
      isAdopted(
        [
          { memberId: 'u-chen', side: 'enterprise' },
          { memberId: 'u-li', side: 'school' },
        ],
        pair,
      ),
    ).toBe(true);
  });

  it('does not adopt with one side only, and says which side is missing', () => {
    const signoffs = [{ memberId: 'u-li', side: 'school' as const }];
    expect(isAdopted(signoffs, pair)).toBe(false);
    expect(missingSignoffs(signoffs, pair)).toEqual(['enterprise']);
  });

  it('ignores sign-offs from outside the pair or for the wrong side', () => {
    expect(
      isAdopted(
        [
          { memberId: 'u-li', side: 'school' },
          { memberId: 'u-wang', side: 'enterprise' },
          { memberId: 'u-li', side: 'enterprise' },
        ],
        pair,
      ),
    ).toBe(false);
    expect(missingSignoffs([], pair)).toEqual(['school', 'enterprise']);
  });
});

describe('[R15] quorum: two thirds of voting members and one from each side', () => {
  const members: VotingMember[] = [
    { id: 's1', side: 'school' },
    { id: 's2', side: 'school' },
    { id: 's3', side: 'school' },
    { id: 's4', side: 'school' },
    { id: 'e1', side: 'enterprise' },
    { id: 'e2', side: 'enterprise' },
  ];
  const vote = (memberId: string) => ({ memberId, choice: 'yes' as const });

  it('reaches quorum with exactly two thirds including both sides', () => {
    expect(quorumStatus(['s1', 's2', 's3', 'e1'].map(vote), members, MOE_2019)).toEqual({
      quorum: true,
      voted: 4,
      required: 4,
      bySide: { school: 3, enterprise: 1 },
    });
  });

  it('fails with two thirds from one side only', () => {
    expect(hasQuorum(['s1', 's2', 's3', 's4'].map(vote), members, MOE_2019)).toBe(false);
  });

  it('fails below two thirds, and ignores repeat votes and non-members', () => {
    const votes = [
      vote('s1'),
      vote('s1'),
      vote('e1'),
      vote('visitor'),
      { memberId: 's2', choice: 'abstain' as const },
    ];
    expect(quorumStatus(votes, members, MOE_2019)).toMatchObject({
      quorum: false,
      voted: 3,
      required: 4,
    });
  });

  it('has no quorum without voting members, and follows a profile override', () => {
    expect(hasQuorum([], [], MOE_2019)).toBe(false);
    const resolved = resolvePolicyProfile(MOE_2019, {
      rules: { R15: { quorumRatio: 0.5, requireEachSide: false } },
    });
    if (!resolved.ok) throw new Error('override refused');
    expect(hasQuorum(['s1', 's2', 's3'].map(vote), members, resolved.profile)).toBe(true);
  });
});
