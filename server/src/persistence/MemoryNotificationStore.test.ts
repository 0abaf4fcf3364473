import { describeNotificationStoreContract } from './NotificationStore.contract';
import { memoryStores } from './openStores';

describeNotificationStoreContract('memory', memoryStores);
