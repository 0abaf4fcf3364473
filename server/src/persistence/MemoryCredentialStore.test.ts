import { describeCredentialStoreContract } from './CredentialStore.contract';
import { memoryStores } from './openStores';

describeCredentialStoreContract('memory', memoryStores);
