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
        // Scenarios that touch every port (the update log across a restart, history, comments,
        // sessions, policy versions, invitations and links, inboxes) again with every store in
        // PostgreSQL (TEST_DATABASE_URL, which CI starts): the PostgreSQL drivers must serve a
        // real server as SQLite does. A few files, not the suite.
        test: {
          name: 'server-postgres-store',
          root: 'server',
          include: [
            'test/sync.test.ts',
            'test/historyReview.test.ts',
            'test/commentsLive.test.ts',
            'test/sessions.test.ts',
            'test/policyProfile.test.ts',
            'test/invitations.test.ts',
            'test/accountSecurity.test.ts',
            'test/inbox.test.ts',
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
