import { memoryStores } from './openStores';
import { describePolicyStoreContract } from './PolicyStore.contract';

describePolicyStoreContract('memory', memoryStores);
