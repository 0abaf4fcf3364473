import {
  docPolicyEntries,
  type Role,
  readDocPolicy,
  setDocPolicyField,
  withPolicyField,
} from '@tandem/domain';
import { describe, expect, it } from 'vitest';
import { eventually, sleep, type TestServer } from './harness';
import { api, connect, start } from './historyHelpers';

/**
 * Issue 10: the policy thresholds (R1–R16) decide what counts as a violation, so only an owner
 * changes them, every change is a recorded version in the audit log, and no editor can lower
 * one by writing into the document.
 */

interface PolicyState {
  version: number;
  profileId: string;
  override: Record<string, unknown>;
  changedBy: { id: string; name: string } | null;
  changedAt: string | null;
  mayChange: boolean;
}

async function mapOf(server: TestServer) {
  const res = await api<{ id: string }>(server, 'POST', '/api/documents', {
    workspaceId: server.workspaceId,
    type: 'curriculum-map',
    title: 'Curriculum map',
  });
  expect(res.status).toBe(201);
  return res.json.id;
}

const policyOf = (server: TestServer, docId: string, token?: string) =>
  api<PolicyState>(server, 'GET', `/api/documents/${docId}/policy`, undefined, token);

const setPolicy = (
  server: TestServer,
  docId: string,
  baseVersion: number,
  override: Record<string, unknown>,
  token?: string,
) =>
  api<PolicyState & { code?: string }>(
    server,
    'PUT',
    `/api/documents/${docId}/policy`,
    { baseVersion, override },
    token,
  );

const serverPolicy = (server: TestServer, docId: string) => {
  const room = server.rooms.peek(docId);
  if (!room) throw new Error('room not open');
  return docPolicyEntries(room.doc);
};

describe('policy profiles are governed', () => {
  for (const role of ['editor', 'coordinator', 'leader', 'owner'] as Role[]) {
    it(`refuses a ${role}'s write of a threshold through the document, and keeps the rest`, async () => {
      const server = await start();
      const docId = await mapOf(server);
      const user = role === 'owner' ? server.owner : await server.addUser(role);
      const client = connect(server, docId, user);
      await client.synced();
      expect(setDocPolicyField(client.doc, 'R2.minPracticeRatio', 0.1).ok).toBe(true);
      // The room stays open for everyone else: another member's edit still lands.
      const other = connect(server, docId, await server.addUser('editor'));
      await other.synced();
      other.doc.getMap('courses').set('marker', 'kept');
      await eventually(() => {
        const room = server.rooms.peek(docId);
        expect(room?.doc.getMap('courses').get('marker')).toBe('kept');
      });
      await sleep(100);
      expect(serverPolicy(server, docId)).toEqual({});
      const fresh = connect(server, docId, server.owner);
      await fresh.synced();
      expect(readDocPolicy(fresh.doc).profile.rules.R2.minPracticeRatio).toBe(0.5);
    });
  }

  it('lets only an owner adopt a version; it reaches every client and is recorded and audited', async () => {
    const server = await start();
    const docId = await mapOf(server);
    const leader = await server.addUser('leader', { side: 'enterprise' });
    const watcher = connect(server, docId, leader);
    await watcher.synced();

    const initial = await policyOf(server, docId, leader.token);
    expect(initial.json).toMatchObject({ version: 0, profileId: 'MOE-2019', changedBy: null });
    expect(initial.json.mayChange).toBe(false);

    const lowered = { 'R2.minPracticeRatio': 0.1 };
    const byLeader = await setPolicy(server, docId, 0, lowered, leader.token);
    expect(byLeader).toMatchObject({ status: 403, json: { code: 'POLICY_NOT_ALLOWED' } });

    const raised = withPolicyField({}, 'R2.minPracticeRatio', 0.7);
    if (!raised.ok) throw new Error('valid');
    const adopted = await setPolicy(server, docId, 0, raised.value.entries);
    expect(adopted.status).toBe(200);
    expect(adopted.json).toMatchObject({
      version: 1,
      changedBy: { id: server.owner.id },
      mayChange: true,
    });
    await eventually(() =>
      expect(readDocPolicy(watcher.doc).profile.rules.R2.minPracticeRatio).toBe(0.7),
    );

    const audit = await server.accounts.listAudit(server.workspaceId);
    expect(audit.map((e) => [e.event, e.target, e.actorUserId])).toContainEqual([
      'policy.changed',
      docId,
      server.owner.id,
    ]);
    const versions = await api<{ versions: { version: number; changed: string[] }[] }>(
      server,
      'GET',
      `/api/documents/${docId}/policy/versions`,
      undefined,
      leader.token,
    );
    expect(versions.json.versions.map((v) => [v.version, v.changed])).toEqual([
      [0, []],
      [1, ['R2.minPracticeRatio']],
    ]);
  });

  it('refuses a stale or invalid version and loses nothing', async () => {
    const server = await start();
    const docId = await mapOf(server);
    expect((await setPolicy(server, docId, 0, { 'R1.minTotalHours': 2600 })).status).toBe(200);
    const stale = await setPolicy(server, docId, 0, { 'R1.minTotalHours': 2000 });
    expect(stale).toMatchObject({ status: 409, json: { code: 'POLICY_CONFLICT' } });
    const invalid = await setPolicy(server, docId, 1, { 'R2.minPracticeRatio': 1.5 });
    expect(invalid).toMatchObject({ status: 400, json: { code: 'VALIDATION_FAILED' } });
    const unknown = await setPolicy(server, docId, 1, { 'R99.x': 1 });
    expect(unknown).toMatchObject({ status: 400, json: { code: 'VALIDATION_FAILED' } });
    expect((await policyOf(server, docId)).json).toMatchObject({
      version: 1,
      override: { 'R1.minTotalHours': 2600 },
    });
    // Written into a closed document too: a client that opens it later checks against it.
    const later = connect(server, docId);
    await later.synced();
    expect(readDocPolicy(later.doc).profile.rules.R1.minTotalHours).toBe(2600);
  });
});
