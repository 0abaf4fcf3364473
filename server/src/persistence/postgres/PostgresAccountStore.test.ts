import { describeAccountStoreContract } from '../AccountStore.contract';
import { postgresStores } from './postgresStores';
import { useTestSchema } from './testSchema';

const schema = useTestSchema();

describeAccountStoreContract('postgres', () => postgresStores(schema.open()));
