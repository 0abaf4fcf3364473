import type { AuditEntryDto, UserDto } from '@tandem/protocol';
import { describe, expect, it } from 'vitest';
import { toAuditRow } from './auditEntry';

const wang: UserDto = {
  id: 'u-wang',
  email: 'wang@school.example',
  name: '王晓梅',
  organisation: { id: 'o1', name: 'School', side: 'school' },
};
const chen: UserDto = {
  id: 'u-chen',
  email: 'chen@jd.example',
  name: '陈建国',
  organisation: { id: 'o2', name: 'JD', side: 'enterprise' },
};
const members = new Map([wang, chen].map((user) => [user.id, user]));

function entry(overrides: Partial<AuditEntryDto>): AuditEntryDto {
  return {
    id: 1,
    event: 'auth.sign-in',
    actor: wang.id,
    target: wang.id,
    details: {},
    ip: '127.0.0.1',
    createdAt: '2025-03-01T08:00:00.000Z',
    names: {},
    ...overrides,
  };
}

describe('toAuditRow', () => {
  it('resolves actor and target ids to members, and says "former" for people who left', () => {
    const row = toAuditRow(
      entry({
        event: 'member.role-changed',
        target: 'u-gone',
        details: { from: 'editor', to: 'viewer' },
      }),
      members,
    );
    expect(row.event).toEqual({ kind: 'known', name: 'member.role-changed' });
    expect(row.actor).toEqual({ kind: 'member', user: wang });
    expect(row.target).toEqual({ kind: 'former', name: null });
    expect(row.details).toEqual([{ kind: 'role-change', from: 'editor', to: 'viewer' }]);
  });

  it('keeps the name of someone who left when the server still knows it', () => {
    const row = toAuditRow(
      entry({ event: 'member.removed', target: 'u-gone', names: { 'u-gone': '李娜' } }),
      members,
    );
    expect(row.target).toEqual({ kind: 'former', name: '李娜' });
  });

  it('an account event is about its actor, so it names no separate target', () => {
    const row = toAuditRow(entry({ event: 'auth.sign-in' }), members);
    expect(row.actor).toEqual({ kind: 'member', user: wang });
    expect(row.target).toEqual({ kind: 'none' });
  });

  it('invitation targets are email addresses; the details say whether it was emailed', () => {
    const row = toAuditRow(
      entry({
        event: 'invitation.created',
        target: 'new@jd.example',
        details: { role: 'editor', emailed: false },
        ip: null,
      }),
      members,
    );
    expect(row.target).toEqual({ kind: 'email', email: 'new@jd.example' });
    expect(row.details).toEqual([{ kind: 'invited', role: 'editor', emailed: false }]);
    expect(row.ip).toBeNull();
  });

  it('a pair names its kind and both people', () => {
    const row = toAuditRow(
      entry({
        event: 'pair.set',
        target: 'leaders',
        details: { kind: 'leaders', scope: 'group', schoolUserId: wang.id, enterpriseUserId: 'x' },
      }),
      members,
    );
    expect(row.target).toEqual({ kind: 'pair', pairKind: 'leaders' });
    expect(row.details).toEqual([
      {
        kind: 'pair',
        school: { kind: 'member', user: wang },
        enterprise: { kind: 'former', name: null },
      },
    ]);
  });

  it('a deleted document is named by its title', () => {
    const row = toAuditRow(
      entry({ event: 'document.deleted', target: 'doc12345', details: { title: '会议纪要' } }),
      members,
    );
    expect(row.target).toEqual({ kind: 'document', title: '会议纪要' });
    expect(row.details).toEqual([]);
  });

  it('an event this app does not know is shown raw, with its simple details', () => {
    const row = toAuditRow(
      entry({
        event: 'workspace.renamed',
        actor: null,
        target: 'x',
        details: { to: 'New', n: 2, o: {} },
      }),
      members,
    );
    expect(row.event).toEqual({ kind: 'unknown', name: 'workspace.renamed' });
    expect(row.actor).toEqual({ kind: 'none' });
    expect(row.target).toEqual({ kind: 'text', text: 'x' });
    expect(row.details).toEqual([{ kind: 'raw', text: 'to: New, n: 2' }]);
  });
});
