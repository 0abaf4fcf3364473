import { memoryStores } from './openStores';
import { describeSessionStoreContract } from './SessionStore.contract';

describeSessionStoreContract('memory', memoryStores);
