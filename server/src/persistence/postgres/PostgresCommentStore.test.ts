import { describeCommentStoreContract } from '../CommentStore.contract';
import { PostgresDocumentStore } from './PostgresDocumentStore';
import { useTestSchema } from './testSchema';

const schema = useTestSchema();

describeCommentStoreContract('postgres', () => new PostgresDocumentStore(schema.open()));
