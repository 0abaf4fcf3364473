import { describeSignoffStoreContract } from './SignoffStore.contract';
import { SqliteDocumentStore } from './SqliteDocumentStore';

describeSignoffStoreContract('sqlite', () => new SqliteDocumentStore({ dataDir: ':memory:' }));
