import { describe, expect, it } from 'vitest';
import { can, canAssignRole } from './roles';

describe('roles', () => {
  it('lets editors edit and viewers and commenters only read', () => {
    expect(can('editor', 'document:edit')).toBe(true);
    expect(can('commenter', 'document:edit')).toBe(false);
    expect(can('commenter', 'document:comment')).toBe(true);
    expect(can('viewer', 'document:comment')).toBe(false);
    expect(can('viewer', 'document:read')).toBe(true);
    expect(can('leader', 'audit:read')).toBe(false);
    expect(can('owner', 'audit:read')).toBe(true);
  });

  it('lets a leader manage only roles below leader', () => {
    expect(canAssignRole('leader', undefined, 'editor')).toBe(true);
    expect(canAssignRole('leader', 'editor', 'coordinator')).toBe(true);
    expect(canAssignRole('leader', undefined, 'leader')).toBe(false);
    expect(canAssignRole('leader', 'owner', 'viewer')).toBe(false);
    expect(canAssignRole('leader', 'leader', 'viewer')).toBe(false);
    expect(canAssignRole('owner', 'owner', 'viewer')).toBe(true);
    expect(canAssignRole('editor', undefined, 'viewer')).toBe(false);
  });
});
