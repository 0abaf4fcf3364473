import { describeVersionStoreContract } from '../VersionStore.contract';
import { PostgresDocumentStore } from './PostgresDocumentStore';
import { useTestSchema } from './testSchema';

const schema = useTestSchema();

describeVersionStoreContract('postgres', () => new PostgresDocumentStore(schema.open()));
