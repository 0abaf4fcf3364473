export type {
  AccountStore,
  CredentialStore,
} from '../persistence';
export type { AccessChange, Principal } from './AuthService';
export { AuthService } from './AuthService';
export {
  type Credentials,
  clearSessionCookie,
  principalFrom,
  registerAuthHooks,
  requirePrincipal,
  resolvePrincipal,
  setSessionCookie,
} from './authHooks';
export type { Mailer } from './Mailer';
export { createMailer } from './Mailer';
export { DEFAULT_THROTTLE_POLICY, PasswordThrottle, type ThrottlePolicy } from './PasswordThrottle';
export { judgePassword } from './passwordRule';
export { hashPassword, verifyPassword } from './passwords';
export { csrfTokenFor } from './tokens';
export type {
  AuditEntry,
  DualPair,
  Invitation,
  Member,
  Organisation,
  User,
  Workspace,
} from './types';
