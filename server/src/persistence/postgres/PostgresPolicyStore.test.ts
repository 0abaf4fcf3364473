import { describePolicyStoreContract } from '../PolicyStore.contract';
import { postgresStores } from './postgresStores';
import { useTestSchema } from './testSchema';

const schema = useTestSchema();

describePolicyStoreContract('postgres', () => postgresStores(schema.open()));
