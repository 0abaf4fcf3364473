import { describeCredentialStoreContract } from '../CredentialStore.contract';
import { postgresStores } from './postgresStores';
import { useTestSchema } from './testSchema';

const schema = useTestSchema();

describeCredentialStoreContract('postgres', () => postgresStores(schema.open()));
