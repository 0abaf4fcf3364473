export type { Permission } from './access/roles';
export {
  can,
  canAssignRole,
  PAIR_KINDS,
  PairKind,
  PERMISSIONS,
  ROLES,
  Role,
  SIDES,
  Side,
} from './access/roles';
export type { DocMeta } from './docLayout';
export { initDocLayout, META_MAP, RICH_TEXT_ROOT, readDocMeta, SCHEMA_VERSION } from './docLayout';
export { DOCUMENT_TYPES, DocumentTitle, DocumentType } from './documentTypes';
