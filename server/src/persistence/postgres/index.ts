export type { Database } from './Database';
export { MIGRATIONS, migrateToLatest } from './migrate';
export { createPostgresDb, openPostgres, type PostgresOptions } from './openPostgres';
export { PostgresAccountStore } from './PostgresAccountStore';
export { PostgresDocumentStore } from './PostgresDocumentStore';
export { PostgresNotificationStore } from './PostgresNotificationStore';
export { PostgresVersionStore } from './PostgresVersionStore';
export { postgresStores } from './postgresStores';
