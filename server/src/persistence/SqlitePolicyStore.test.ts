import { openSqliteStores } from './openStores';
import { describePolicyStoreContract } from './PolicyStore.contract';

describePolicyStoreContract('sqlite', () => openSqliteStores(':memory:'));
