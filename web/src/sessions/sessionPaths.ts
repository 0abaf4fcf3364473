export function sessionPath(workspaceId: string, sessionId: string): string {
  return `/w/${encodeURIComponent(workspaceId)}/sessions/${encodeURIComponent(sessionId)}`;
}

/** Owners and leaders chair (S1); the domain's permission table has no session entry. */
export function mayChair(role: string | null): boolean {
  return role === 'owner' || role === 'leader';
}
