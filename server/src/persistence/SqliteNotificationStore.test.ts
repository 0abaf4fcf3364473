import { describeNotificationStoreContract } from './NotificationStore.contract';
import { openSqliteStores } from './openStores';

describeNotificationStoreContract('sqlite', () => openSqliteStores(':memory:'));
