import { describe, expect, it } from 'vitest';
import type { Notifier } from '../inbox';
import {
  MemoryAccountStore,
  MemoryDocumentStore,
  type NewNotification,
  type SignoffStore,
} from '../persistence';
import { ReviewService } from './ReviewService';

/**
 * Holds every `list` until `n` callers wait in it, then answers them all: sign-offs sent at
 * the same moment overlap there, as they may when the store answers over the network.
 */
function meetingAtList(inner: SignoffStore, n: number): SignoffStore {
  let waiting: (() => void)[] = [];
  return {
    add: (input) => inner.add(input),
    list: async (docId) => {
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        if (waiting.length < n) return;
        for (const release of waiting) release();
        waiting = [];
      });
      return inner.list(docId);
    },
  };
}

async function world() {
  const accounts = new MemoryAccountStore();
  const college = await accounts.createOrganisation('College', 'school');
  const firm = await accounts.createOrganisation('Firm', 'enterprise');
  const user = (name: string, organisationId: string) =>
    accounts.createUser({ email: `${name}@example.edu`, name, passwordHash: 'x', organisationId });
  const school = await user('school', college.id);
  const enterprise = await user('enterprise', firm.id);
  const { id: workspaceId } = await accounts.createWorkspace('Group');
  await accounts.setMember(workspaceId, school.id, 'leader');
  await accounts.setMember(workspaceId, enterprise.id, 'leader');
  await accounts.setPair(workspaceId, {
    kind: 'leaders',
    scope: 'group',
    schoolUserId: school.id,
    enterpriseUserId: enterprise.id,
  });
  const store = new MemoryDocumentStore();
  const docId = 'doc-aaaa';
  await store.createDocument({ id: docId, type: 'notes', title: 'Plan', workspaceId });
  const { versions, comments, signoffs } = store.historyStores();
  const version = await versions.add({
    docId,
    seq: 0,
    kind: 'named',
    label: 'For the committee',
    reason: null,
    createdBy: school.id,
    stateHash: 'x',
    authors: [],
    summary: '',
  });
  const asked: NewNotification[] = [];
  const notifier: Notifier = {
    notify: async (n) => {
      asked.push(n);
    },
    done: async () => {},
  };
  const review = new ReviewService({
    store,
    versions,
    signoffs: meetingAtList(signoffs, 2),
    comments,
    accounts,
    notifier,
  });
  return { review, workspaceId, docId, versionId: version.id, school, enterprise, asked };
}

describe('ReviewService', () => {
  it('[N2] an approval sent twice at once asks the other leader once', async () => {
    const { review, workspaceId, docId, versionId, school, enterprise, asked } = await world();
    const approve = { versionId, decision: 'approve' as const, comment: '' };
    await Promise.all([
      review.signoff(docId, workspaceId, school.id, approve),
      review.signoff(docId, workspaceId, school.id, approve),
    ]);
    expect(asked.map((n) => [n.userId, n.kind])).toEqual([[enterprise.id, 'signoff-requested']]);
  });
});
