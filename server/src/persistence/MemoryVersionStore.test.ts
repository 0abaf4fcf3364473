import { MemoryDocumentStore } from './MemoryDocumentStore';
import { describeVersionStoreContract } from './VersionStore.contract';

describeVersionStoreContract('memory', () => new MemoryDocumentStore());
