import { describeSessionStoreContract } from '../SessionStore.contract';
import { postgresStores } from './postgresStores';
import { useTestSchema } from './testSchema';

const schema = useTestSchema();

describeSessionStoreContract('postgres', () => postgresStores(schema.open()));
