import { useMemo } from 'react';
import { useWorkspaceDetail } from '../workspace';

export interface Mentionable {
  id: string;
  name: string;
  email: string;
}

/** The workspace's members, whom a comment may mention. */
export function useMentionables(workspaceId: string): Mentionable[] {
  const [entry] = useWorkspaceDetail(workspaceId);
  return useMemo(
    () =>
      entry.status === 'ready'
        ? entry.detail.members.map((m) => ({
            id: m.user.id,
            name: m.user.name,
            email: m.user.email,
          }))
        : [],
    [entry],
  );
}
