export { AuditPage } from './AuditPage';
export { RoleBadge, SideBadge } from './Badges';
export { formatDateTime } from './formatDateTime';
export { MembersPage } from './MembersPage';
export { LeadersPairChip, PairChip } from './PairChip';
export { useWorkspaceDetail } from './useWorkspaceDetail';
export { auditPath, membersPath, sessionsPath, WorkspaceFrame } from './WorkspaceFrame';
export { WorkspaceMenuLinks, WorkspaceOverview } from './WorkspaceOverview';
