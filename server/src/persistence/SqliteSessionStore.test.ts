import { openSqliteStores } from './openStores';
import { describeSessionStoreContract } from './SessionStore.contract';

describeSessionStoreContract('sqlite', () => openSqliteStores(':memory:'));
