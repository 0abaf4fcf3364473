// The records are the account store's (server/src/persistence); auth speaks of them by these names.
export {
  AUDIT_EVENTS,
  type AuditEntry,
  type AuditEvent,
  type DualPair,
  type Invitation,
  type Member,
  type Organisation,
  type User,
  type Workspace,
} from '../persistence';
