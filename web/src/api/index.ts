export { fetchMe, login, logout } from './authApi';
export { describeApiError } from './describeApiError';
export { createDocument, getDocument, listDocuments } from './documentsApi';
export { ApiError, onUnauthorized, setCsrfToken } from './http';
export { acceptInvitation, previewInvitation } from './invitationsApi';
export {
  createInvitation,
  getWorkspace,
  listAudit,
  listInvitations,
  listOrganisations,
  removeMember,
  revokeInvitation,
  setMemberRole,
  setPair,
} from './workspacesApi';
