import { describeNotificationStoreContract } from '../NotificationStore.contract';
import { postgresStores } from './postgresStores';
import { useTestSchema } from './testSchema';

const schema = useTestSchema();

describeNotificationStoreContract('postgres', () => postgresStores(schema.open()));
