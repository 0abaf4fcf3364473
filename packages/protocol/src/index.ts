export {
  AcceptInvitationBody,
  AuditEntryDto,
  CreatedInvitation,
  CreateInvitationBody,
  CSRF_HEADER,
  DualPairDto,
  Email,
  InvitationDto,
  InvitationPreview,
  LoginBody,
  LoginResponse,
  MemberDto,
  MeResponse,
  OrganisationDto,
  Password,
  PersonName,
  SESSION_COOKIE,
  SetPairBody,
  SetRoleBody,
  UserDto,
  WorkspaceDetail,
  WorkspaceSummary,
} from './auth';
export { CloseCode, isPermanentClose, PERMANENT_CLOSE_CODES, SYNC_PATH } from './closeCodes';
export {
  CreateDocumentBody,
  CreatedDocument,
  DocumentDto,
  DocumentId,
  DocumentList,
} from './documents';
export { ErrorBody, ErrorCode } from './errors';
