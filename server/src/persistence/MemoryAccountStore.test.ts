import { describeAccountStoreContract } from './AccountStore.contract';
import { memoryStores } from './openStores';

describeAccountStoreContract('memory', memoryStores);
