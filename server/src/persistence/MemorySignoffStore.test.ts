import { MemoryDocumentStore } from './MemoryDocumentStore';
import { describeSignoffStoreContract } from './SignoffStore.contract';

describeSignoffStoreContract('memory', () => new MemoryDocumentStore());
