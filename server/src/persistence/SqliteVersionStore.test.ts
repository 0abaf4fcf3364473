import { SqliteDocumentStore } from './SqliteDocumentStore';
import { describeVersionStoreContract } from './VersionStore.contract';

describeVersionStoreContract('sqlite', () => new SqliteDocumentStore({ dataDir: ':memory:' }));
