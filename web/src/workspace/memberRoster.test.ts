import type { MemberDto } from '@tandem/protocol';
import { describe, expect, it } from 'vitest';
import { groupBySide, inviteRoles, mayChangeRole, mayRemove, roleChoices } from './memberRoster';

function member(name: string, side: 'school' | 'enterprise', role: MemberDto['role']): MemberDto {
  return {
    user: {
      id: name,
      email: `${name}@example.com`,
      name,
      organisation: { id: side, name: side, side },
    },
    role,
    joinedAt: '2025-03-01T00:00:00.000Z',
  };
}

describe('groupBySide', () => {
  it('splits by side, most powerful role first, then by name', () => {
    const groups = groupBySide(
      [
        member('Zhao', 'school', 'editor'),
        member('Chen', 'enterprise', 'editor'),
        member('Wang', 'school', 'owner'),
        member('An', 'school', 'editor'),
        member('Liu', 'enterprise', 'leader'),
      ],
      'en',
    );
    expect(groups.school.map((m) => m.user.name)).toEqual(['Wang', 'An', 'Zhao']);
    expect(groups.enterprise.map((m) => m.user.name)).toEqual(['Liu', 'Chen']);
  });

  it('has an empty list for a side with nobody', () => {
    expect(groupBySide([member('Wang', 'school', 'owner')], 'zh-CN').enterprise).toEqual([]);
  });
});

describe('what a manager may do to a member', () => {
  it('an owner may set any role on anyone', () => {
    expect(roleChoices('owner', 'leader').every((choice) => choice.allowed)).toBe(true);
    expect(mayChangeRole('owner', 'owner')).toBe(true);
    expect(mayRemove('owner', 'owner')).toBe(true);
  });

  it('a leader manages only roles below their own, and grants only those', () => {
    const allowed = roleChoices('leader', 'editor')
      .filter((choice) => choice.allowed)
      .map((choice) => choice.role);
    expect(allowed).toEqual(['coordinator', 'editor', 'commenter', 'viewer']);
    expect(mayChangeRole('leader', 'leader')).toBe(false);
    expect(mayChangeRole('leader', 'owner')).toBe(false);
    expect(mayRemove('leader', 'leader')).toBe(false);
    expect(mayRemove('leader', 'viewer')).toBe(true);
  });

  it('the current role stays selectable even when it is out of reach', () => {
    const choices = roleChoices('leader', 'owner');
    expect(choices.find((choice) => choice.role === 'owner')?.allowed).toBe(true);
    expect(choices.filter((choice) => choice.allowed)).toHaveLength(1);
  });

  it('editors and below manage nobody and invite nobody', () => {
    expect(mayChangeRole('editor', 'viewer')).toBe(false);
    expect(mayRemove('coordinator', 'viewer')).toBe(false);
    expect(inviteRoles('editor')).toEqual([]);
  });

  it('invite roles: everything for owners, below their own for leaders', () => {
    expect(inviteRoles('owner')).toEqual([
      'owner',
      'leader',
      'coordinator',
      'editor',
      'commenter',
      'viewer',
    ]);
    expect(inviteRoles('leader')).toEqual(['coordinator', 'editor', 'commenter', 'viewer']);
  });
});
