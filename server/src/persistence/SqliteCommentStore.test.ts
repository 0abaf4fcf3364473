import { describeCommentStoreContract } from './CommentStore.contract';
import { SqliteDocumentStore } from './SqliteDocumentStore';

describeCommentStoreContract('sqlite', () => new SqliteDocumentStore({ dataDir: ':memory:' }));
