import { describeCommentStoreContract } from './CommentStore.contract';
import { MemoryDocumentStore } from './MemoryDocumentStore';

describeCommentStoreContract('memory', () => new MemoryDocumentStore());
