import type { PresenceEntry } from '@tandem/protocol';
import { describe, expect, it } from 'vitest';
import { peopleOf } from './usePresenceView';

function entry(connId: string, userId: string, name: string, extra: Partial<PresenceEntry> = {}) {
  return {
    connId,
    userId,
    name,
    side: 'school',
    role: 'editor',
    workspaceId: 'w',
    documentId: null,
    location: null,
    status: 'active',
    updatedAt: 1,
    ...extra,
  } satisfies PresenceEntry;
}

describe('peopleOf', () => {
  it('[P3] counts people, not tabs, and shows the liveliest tab of each', () => {
    const people = peopleOf(
      [
        entry('a1', 'a', 'Li Na', { status: 'away', documentId: 'd1' }),
        entry('a2', 'a', 'Li Na', { status: 'active', documentId: 'd2' }),
        entry('b1', 'b', 'Chen', { side: 'enterprise' }),
      ],
      'b',
    );
    expect(people).toHaveLength(2);
    expect(people[0]?.isSelf).toBe(true);
    expect(people[1]).toMatchObject({ tabs: 2, entry: { connId: 'a2', documentId: 'd2' } });
  });

  it('lists active people before idle and away ones', () => {
    const people = peopleOf(
      [
        entry('1', 'x', 'Away', { status: 'away' }),
        entry('2', 'y', 'Idle', { status: 'idle' }),
        entry('3', 'z', 'Active'),
      ],
      'me',
    );
    expect(people.map((p) => p.entry.name)).toEqual(['Active', 'Idle', 'Away']);
  });
});
