import { describeCredentialStoreContract } from './CredentialStore.contract';
import { openSqliteStores } from './openStores';

describeCredentialStoreContract('sqlite', () => openSqliteStores(':memory:'));
