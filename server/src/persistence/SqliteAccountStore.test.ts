import { describeAccountStoreContract } from './AccountStore.contract';
import { openSqliteStores } from './openStores';

describeAccountStoreContract('sqlite', () => openSqliteStores(':memory:'));
