import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { stateHashAt } from '../src/history';
import { stateAt } from '../src/persistence';
import { decodePack, encodePack } from '../src/persistence/logPack';
import {
  connectClient,
  createDocument,
  eventually,
  serverHas,
  sqliteOf,
  startServer,
  type TestClient,
  type TestServer,
  type TestServerOptions,
} from './harness';
import { api } from './historyHelpers';

/** Retention (H15): merging old history into coarser checkpoints, in server/src/history/SPEC.md. */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MERGING = {
  config: { historyMergeAfterMs: 30 * DAY, historyMergeEveryMs: HOUR },
  // Passes run by hand here, except in the test of the schedule.
  retention: { startDelayMs: HOUR },
} satisfies TestServerOptions;

let servers: TestServer[] = [];
let clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients) c.destroy();
  clients = [];
  for (const s of servers) await s.close();
  servers = [];
});

async function start(options: TestServerOptions = {}) {
  const server = await startServer(options);
  servers.push(server);
  return server;
}

async function stop(server: TestServer) {
  servers = servers.filter((s) => s !== server);
  await server.close();
}

function connect(server: TestServer, docId: string, token: string) {
  const client = connectClient(server, docId, new Y.Doc(), token);
  clients.push(client);
  return client;
}

/** Types one character per update, as a person typing does. */
async function type(server: TestServer, docId: string, client: TestClient, text: string) {
  for (const ch of text) client.text.insert(client.text.length, ch);
  await serverHas(server, docId, client.doc);
}

/** The seqs of the log, loose or packed (the compactor packs what a checkpoint covers). */
const loggedSeqs = async (server: TestServer, docId: string) =>
  (await server.store.updateMeta(docId, 0)).map((m) => m.seq);

const countUpdates = async (server: TestServer, docId: string) =>
  (await loggedSeqs(server, docId)).length;

const clientIds = (server: TestServer, docId: string) =>
  sqliteOf(server)
    .prepare('SELECT client_id, user_id FROM doc_client_ids WHERE doc_id = ? ORDER BY client_id')
    .all(docId);

/**
 * Moves the logged updates `fromSeq…toSeq` back in time: one second apart from `at`. Those
 * already packed are rewritten in their pack, with its time range.
 */
function backdate(server: TestServer, docId: string, fromSeq: number, toSeq: number, at: number) {
  const db = sqliteOf(server);
  db.prepare(
    'UPDATE doc_updates SET created_at = ? + (seq - ?) * 1000 WHERE doc_id = ? AND seq BETWEEN ? AND ?',
  ).run(at, fromSeq, docId, fromSeq, toSeq);
  const packs = db
    .prepare(
      'SELECT last_seq, data FROM doc_log_packs WHERE doc_id = ? AND last_seq >= ? AND first_seq <= ?',
    )
    .all(docId, fromSeq, toSeq) as { last_seq: number; data: Buffer }[];
  for (const pack of packs) {
    const updates = decodePack(pack.data).map((u) =>
      u.seq >= fromSeq && u.seq <= toSeq ? { ...u, createdAt: at + (u.seq - fromSeq) * 1000 } : u,
    );
    const times = updates.map((u) => u.createdAt);
    db.prepare(
      `UPDATE doc_log_packs SET data = ?, min_created_at = ?, max_created_at = ?
       WHERE doc_id = ? AND last_seq = ?`,
    ).run(encodePack(updates), Math.min(...times), Math.max(...times), docId, pack.last_seq);
  }
}

/** The live document exactly as loadState rebuilds it. */
async function storedState(server: TestServer, docId: string): Promise<Uint8Array> {
  const stored = await server.store.loadState(docId);
  const doc = new Y.Doc();
  if (stored.checkpoint) Y.applyUpdate(doc, stored.checkpoint.state);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  const bytes = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return bytes;
}

async function textAt(server: TestServer, docId: string, seq: number): Promise<string> {
  const doc = await stateAt(server.store, docId, seq);
  const text = doc.getText('t').toString();
  doc.destroy();
  return text;
}

interface VersionRow {
  id: string;
  seq: number;
  kind: string;
  stateHash: string;
  adopted: boolean;
}
type Verify = { ok: boolean; checked: number; problems: unknown[] };

describe('history retention', () => {
  it('[H15] by default nothing is ever merged, however old', async () => {
    const server = await start();
    const docId = await createDocument(server);
    const a = connect(server, docId, server.owner.token);
    await a.synced();
    await type(server, docId, a, 'kept forever');
    const seqs = await loggedSeqs(server, docId);
    backdate(server, docId, 1, seqs.at(-1) ?? 0, Date.now() - 400 * DAY);

    expect(server.retention.enabled).toBe(false);
    expect(await server.retention.runNow()).toMatchObject({ updatesDeleted: 0 });
    expect(await loggedSeqs(server, docId)).toEqual(seqs);
    expect(await textAt(server, docId, 3)).toBe('ke');
  });

  it('[H15] [H1] [H3] [H8] [H11] merging keeps every version, adoption, attribution and the live document', async () => {
    // Frequent compaction: the merge also drops checkpoints that are no kept point.
    const server = await start({
      ...MERGING,
      checkpointEvery: 25,
      history: { autoIdleMs: 60_000 },
    });
    const school = await server.addUser('leader', { side: 'school' });
    const enterprise = await server.addUser('leader', { side: 'enterprise' });
    await server.accounts.setPair(server.workspaceId, {
      kind: 'leaders',
      scope: 'group',
      schoolUserId: school.id,
      enterpriseUserId: enterprise.id,
    });
    const docId = await createDocument(server);
    const path = `/api/documents/${docId}`;
    const a = connect(server, docId, school.token);
    const b = connect(server, docId, enterprise.token);
    await Promise.all([a.synced(), b.synced()]);
    const seq = () => server.history.currentSeq(docId);
    /** A burst of typing, ended by its automatic version (H2). */
    const burst = async (client: TestClient, text: string) => {
      const from = (await seq()) + 1;
      await type(server, docId, client, text);
      await eventually(() => expect(b.text.toString()).toBe(a.text.toString()));
      await server.history.auto.flush();
      return { from, to: await seq() };
    };

    // 40 days ago, hour 0: two bursts with a named and a session version between them.
    const p1 = await burst(a, 'Course: live commerce. ');
    const draft = await api<{ id: string }>(server, 'POST', `${path}/versions`, { label: 'draft' });
    expect(draft.status).toBe(201);
    const p2 = await burst(b, 'Hours: 32. ');
    await server.history.createVersion(docId, { kind: 'session', label: 'Committee 1' });
    const p3 = await burst(a, 'Assessment: 40/60. ');
    // Hour 1: an edit, then a restore of the draft, then more typing.
    const p4 = await burst(b, 'Scrap this. ');
    const restored = await api(server, 'POST', `${path}/restore`, {
      versionId: draft.json.id,
      reason: 'committee asked for the draft',
    });
    expect(restored.status).toBe(201);
    await eventually(() => expect(a.text.toString()).toBe('Course: live commerce. '));
    const p5 = await burst(a, 'Practice: 48 hours. ');
    // Hour 2: the final text, adopted by both leaders.
    const p6 = await burst(b, 'Approved by JD. ');
    const final = await api<{ id: string }>(server, 'POST', `${path}/versions`, { label: 'final' });
    for (const [user, versionId] of [
      [school, final.json.id],
      [enterprise, final.json.id],
      [school, draft.json.id],
    ] as const) {
      const res = await api(
        server,
        'POST',
        `${path}/signoffs`,
        { versionId, decision: 'approve' },
        user.token,
      );
      expect(res.status).toBe(201);
    }
    // Today: recent edits, never merged.
    await burst(a, 'Recent.');

    const t0 = Math.floor((Date.now() - 40 * DAY) / HOUR) * HOUR;
    backdate(server, docId, 1, p1.to, t0 + 5 * 60_000);
    backdate(server, docId, p1.to + 1, p2.to, t0 + 20 * 60_000);
    backdate(server, docId, p2.to + 1, p3.to, t0 + 40 * 60_000);
    backdate(server, docId, p3.to + 1, p4.to, t0 + HOUR + 5 * 60_000);
    // The restore and the burst after it straddle the end of hour 1: its last update there,
    // the 10th, is no version, so the merge writes a checkpoint for it.
    const hour1End = p4.to + 10;
    backdate(server, docId, p4.to + 1, p5.to, t0 + 2 * HOUR - 10_000);
    backdate(server, docId, p5.to + 1, p6.to, t0 + 2 * HOUR + 10 * 60_000);
    const merged = p6.to;
    expect(p2.from).toBe(p1.to + 1);

    // Before: what every seq, version and view shows.
    const lastSeq = await seq();
    const before = new Map<number, string>();
    for (let s = 0; s <= lastSeq; s++) before.set(s, await textAt(server, docId, s));
    const timeline = (await api<{ versions: VersionRow[] }>(server, 'GET', `${path}/history`)).json;
    const versions = timeline.versions;
    expect(new Set(versions.map((v) => v.kind))).toEqual(
      new Set(['auto', 'named', 'session', 'restore']),
    );
    expect(versions.find((v) => v.id === final.json.id)?.adopted).toBe(true);
    const contents = new Map<string, unknown>();
    for (const v of versions) {
      contents.set(v.id, (await api(server, 'GET', `${path}/versions/${v.id}`)).json);
    }
    const attribution = (await api(server, 'GET', `${path}/attribution`)).json;
    const verifyBefore = (await api<Verify>(server, 'GET', `${path}/signoffs/verify`)).json;
    expect(verifyBefore).toEqual({ ok: true, checked: 3, problems: [] });
    const live = await storedState(server, docId);
    const owners = clientIds(server, docId);
    const countBefore = await countUpdates(server, docId);
    // A moment in the middle of the second burst, 40 days ago.
    const midBurst = p2.from + 3;
    const moment = new Date(t0 + 20 * 60_000 + 3 * 1000 + 500).toISOString();
    const momentBefore = await api<{ seq: number }>(
      server,
      'GET',
      `${path}/versions/time:${moment}`,
    );
    expect(momentBefore.json.seq).toBe(midBurst);

    // A checkpoint in the middle of a merged burst is no kept point, so the merge drops it.
    // (Where the background compactor's checkpoints fall depends on how appends were batched.)
    const midState = await stateAt(server.store, docId, midBurst);
    await server.store.writeCheckpoint(docId, midBurst, Y.encodeStateAsUpdate(midState));
    midState.destroy();

    const stats = await server.retention.runNow();

    expect(stats).toMatchObject({ documentsMerged: 1, checkpointsWritten: 1, failures: 0 });
    expect(stats.checkpointsDeleted).toBeGreaterThan(0);
    expect(versions.some((v) => v.seq === hour1End)).toBe(false);
    expect(await countUpdates(server, docId)).toBe(countBefore - stats.updatesDeleted);
    expect(stats.updatesDeleted).toBeGreaterThan(countBefore / 2);
    // What is left of the merged range: the last update of each hour and every version's seq.
    const kept = [...new Set([p3.to, hour1End, p6.to, ...versions.map((v) => v.seq)])]
      .filter((s) => s <= merged)
      .sort((x, y) => x - y);
    expect((await loggedSeqs(server, docId)).filter((s) => s <= merged)).toEqual(kept);

    // Every version opens with the same content and rebuilds to its recorded state hash.
    expect((await api(server, 'GET', `${path}/history`)).json).toEqual(timeline);
    for (const v of versions) {
      expect((await api(server, 'GET', `${path}/versions/${v.id}`)).json).toEqual(
        contents.get(v.id),
      );
      expect(await stateHashAt(server.store, docId, v.seq)).toBe(v.stateHash);
    }
    expect((await api(server, 'GET', `${path}/signoffs/verify`)).json).toEqual(verifyBefore);
    expect(await storedState(server, docId)).toEqual(live);
    expect((await api(server, 'GET', `${path}/attribution`)).json).toEqual(attribution);
    expect(clientIds(server, docId)).toEqual(owners);
    // A merged point shows the newest kept point before it; recent ones are exact.
    for (let s = 1; s <= lastSeq; s++) {
      const coarse = s <= merged ? Math.max(0, ...kept.filter((k) => k <= s)) : s;
      expect(await textAt(server, docId, s)).toBe(before.get(coarse));
    }
    const momentAfter = await api<{ seq: number; text: { t: string } }>(
      server,
      'GET',
      `${path}/versions/time:${moment}`,
    );
    expect(momentAfter.status).toBe(200);
    expect(momentAfter.json.seq).toBe(p1.to);
    expect(momentAfter.json.text.t).toBe(before.get(p1.to));
    expect(before.get(p1.to)).toBe('Course: live commerce. ');
    // A second pass finds nothing left to merge.
    expect(await server.retention.runNow()).toMatchObject({
      updatesDeleted: 0,
      checkpointsWritten: 0,
    });

    // Editing goes on; after a restart the same content, history and sign-offs are served.
    await type(server, docId, a, '!');
    const text = a.text.toString();
    for (const c of [a, b]) c.destroy();
    clients = [];
    await stop(server);
    const again = await start({ ...MERGING, dataDir: server.dataDir });
    const c = connect(again, docId, school.token);
    await c.synced();
    expect(c.text.toString()).toBe(text);
    const after = (await api<{ versions: VersionRow[] }>(again, 'GET', `${path}/history`)).json;
    // The same versions, then the automatic one the shutdown made for the '!'.
    expect(after.versions.at(-1)).toMatchObject({ kind: 'auto', seq: lastSeq + 1 });
    const pick = ({ id, seq, stateHash }: VersionRow) => ({ id, seq, stateHash });
    expect(after.versions.slice(0, -1).map(pick)).toEqual(versions.map(pick));
    for (const v of versions) {
      expect((await api(again, 'GET', `${path}/versions/${v.id}`)).json).toEqual(
        contents.get(v.id),
      );
    }
    expect((await api<Verify>(again, 'GET', `${path}/signoffs/verify`)).json).toEqual(verifyBefore);
  });

  it('[H15] passes run on their own once started', async () => {
    const server = await start({
      config: MERGING.config,
      history: { autoIdleMs: 300 },
      retention: { startDelayMs: 10, intervalMs: 50 },
    });
    const docId = await createDocument(server);
    const a = connect(server, docId, server.owner.token);
    await a.synced();
    await type(server, docId, a, 'old text');
    const last = (await loggedSeqs(server, docId)).at(-1) ?? 0;
    backdate(server, docId, 1, last, Date.now() - 60 * DAY);
    // What stays: the last update, and wherever an automatic version fell during the typing.
    await eventually(async () => {
      const versionSeqs = (await server.history.versions.list(docId)).map((v) => v.seq);
      expect(versionSeqs).toContain(last);
      expect(await loggedSeqs(server, docId)).toEqual(
        [...new Set(versionSeqs)].sort((x, y) => x - y),
      );
    });
    expect((await loggedSeqs(server, docId)).length).toBeLessThan(last);
    expect(server.retention.getStats()).toMatchObject({ failures: 0 });
    expect(server.retention.getStats().documentsMerged).toBeGreaterThan(0);
    expect(await textAt(server, docId, last)).toBe('old text');
  });
});
