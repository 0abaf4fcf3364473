import { describeSignoffStoreContract } from '../SignoffStore.contract';
import { PostgresDocumentStore } from './PostgresDocumentStore';
import { useTestSchema } from './testSchema';

const schema = useTestSchema();

describeSignoffStoreContract('postgres', () => new PostgresDocumentStore(schema.open()));
