export { CloseCode, PERMANENT_CLOSE_CODES, SYNC_PATH } from './closeCodes';
export {
  CreateDocumentBody,
  CreatedDocument,
  DocumentDto,
  DocumentId,
  DocumentList,
} from './documents';
export { ErrorBody, ErrorCode } from './errors';
