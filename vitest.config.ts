import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'packages',
          include: ['packages/*/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'server',
          root: 'server',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        // The sync scenarios again, behind a store that answers late (as PostgreSQL will):
        // DocRoom must be correct for an asynchronous store, not only for SQLite.
        test: {
          name: 'server-slow-store',
          root: 'server',
          include: ['test/sync.test.ts'],
          env: { TANDEM_TEST_STORE_DELAY_MS: '15' },
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        // Scenarios that touch every account-side port (sessions and votes, policy versions,
        // invitations and pending sign-ups, organisations) again, with no SQLite at all: the
        // memory drivers must serve a real server as SQLite does. A few files, not the suite.
        test: {
          name: 'server-memory-store',
          root: 'server',
          include: [
            'test/memoryStores.test.ts',
            'test/sessions.test.ts',
            'test/sessionVotingRights.test.ts',
            'test/policyProfile.test.ts',
            'test/invitations.test.ts',
            'test/organisationScope.test.ts',
            'test/inbox.test.ts',
          ],
          env: { TANDEM_TEST_STORES: 'memory' },
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        // The scenario suite again with every store in PostgreSQL (TEST_DATABASE_URL, which CI
        // starts): the PostgreSQL drivers must serve a real server as SQLite does. Left out are
        // the files about SQLite itself or already about PostgreSQL, each for its reason.
        test: {
          name: 'server-postgres-store',
          root: 'server',
          include: ['test/**/*.test.ts'],
          exclude: [
            // Read or alter the SQLite file under the server, or fill its disk.
            'test/retention.test.ts',
            'test/historySignoff.test.ts',
            'test/storeFailure.test.ts',
            // Wraps a SQLite store of its own in a slow one (PostgreSQL is the real slow store).
            'test/asyncStore.test.ts',
            // SQLite under kill -9 and one SQLite file shared by two processes.
            'test/crash.test.ts',
            'test/sharedDataDir.test.ts',
            // socket.io presence over Redis, where the stores only say who is a member. Its watcher
            // got no snapshot in 10 s once here, run beside the SQLite project's copy on the same
            // Redis; kept out until that is understood (noted for the next stop).
            'test/presence.test.ts',
            // Already on PostgreSQL, or about the memory project, the build or the update codec.
            'test/postgresStores.test.ts',
            'test/twoNodesKill.test.ts',
            'test/memoryStores.test.ts',
            'test/compiledServer.test.ts',
            'test/fuzz/**',
          ],
          env: { TANDEM_TEST_STORES: 'postgres' },
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      'web/vitest.config.ts',
    ],
  },
});
