export { ConnectionIndicator } from './ConnectionIndicator';
export { createProvider, type DocumentConnection, localStoreName } from './createProvider';
export { DocumentEditor } from './DocumentEditor';
export type { ConnectionKind, SaveState, SyncStatus } from './syncStatus';
export { useDocumentConnection, useSyncStatus } from './useDocumentConnection';
