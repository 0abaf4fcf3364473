import type { DualPairDto } from '@tandem/protocol';
import { useWorkspaceDetail } from '../workspace';

/**
 * The pair that signs this workspace's documents off (H9): the `leaders` pair, the group-scoped
 * one if there are several. Undefined while the workspace loads, null when none is set.
 */
export function useLeadersPair(workspaceId: string): DualPairDto | null | undefined {
  const [entry] = useWorkspaceDetail(workspaceId);
  if (entry.status !== 'ready') return undefined;
  const leaders = entry.detail.pairs.filter((p) => p.kind === 'leaders');
  return leaders.find((p) => p.scope === 'group') ?? leaders[0] ?? null;
}
