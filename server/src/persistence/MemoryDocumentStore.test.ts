import { describeDocumentStoreContract } from './DocumentStore.contract';
import { MemoryDocumentStore } from './MemoryDocumentStore';

describeDocumentStoreContract('memory', () => new MemoryDocumentStore());
