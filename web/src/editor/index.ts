export { isSafeUrl } from './blockFormat';
export { ConnectionIndicator } from './ConnectionIndicator';
export {
  createProvider,
  type DocumentConnection,
  localStoreName,
  syncServerUrl,
} from './createProvider';
export { DocumentEditor } from './DocumentEditor';
export { EditablePlugin } from './EditablePlugin';
export { EnsureParagraphPlugin } from './EnsureParagraphPlugin';
export { editorNodes } from './editorNodes';
export { editorTheme } from './editorTheme';
export { JitteredWebsocketProvider } from './JitteredWebsocketProvider';
export { markdownTransformers } from './markdownTransformers';
export type { ConnectionKind, SaveState, SyncStatus } from './syncStatus';
export { Toolbar } from './Toolbar';
export { useDocumentConnection, useSyncStatus } from './useDocumentConnection';
