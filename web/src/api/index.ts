export {
  changePassword,
  fetchMe,
  login,
  logout,
  requestPasswordReset,
  resetPassword,
  verifyEmail,
} from './authApi';
export { createThread, listThreads, replyToThread, setThreadStatus } from './commentsApi';
export { describeApiError } from './describeApiError';
export {
  createDocument,
  documentExportUrl,
  getDocument,
  listDocuments,
} from './documentsApi';
export {
  type CreatedVersion,
  createVersion,
  type DiffFilter,
  getAttribution,
  getDiff,
  getHistory,
  getVersion,
  listSignoffs,
  restoreVersion,
  signOff,
  verifySignoffs,
} from './historyApi';
export { ApiError, type DownloadedFile, onUnauthorized, requestFile, setCsrfToken } from './http';
export { acceptInvitation, confirmInvitation, previewInvitation } from './invitationsApi';
export {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  unreadNotifications,
} from './notificationsApi';
export { getPolicy, setPolicy } from './policyApi';
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
