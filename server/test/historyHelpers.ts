import { afterEach, expect } from 'vitest';
import * as Y from 'yjs';
import {
  connectClient,
  eventually,
  startServer,
  type TestClient,
  type TestServer,
  type TestUser,
} from './harness';

/** Shared by the history scenario tests: servers and clients closed after each test, a JSON caller. */
let servers: TestServer[] = [];
let clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients) c.destroy();
  clients = [];
  for (const s of servers) await s.close();
  servers = [];
});

export async function start(options: Parameters<typeof startServer>[0] = {}) {
  const server = await startServer(options);
  servers.push(server);
  return server;
}

export function connect(server: TestServer, docId: string, user?: TestUser) {
  const client = connectClient(server, docId, new Y.Doc(), user?.token ?? server.owner.token);
  clients.push(client);
  return client;
}

export async function api<T>(
  server: TestServer,
  method: string,
  path: string,
  body?: unknown,
  token = server.owner.token,
): Promise<{ status: number; json: T }> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : null,
  });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : null) as T };
}

export interface Version {
  id: string;
  seq: number;
  kind: string;
  label: string | null;
  reason: string | null;
  adopted: boolean;
  summary: string;
  createdAt: string;
  authors: { id: string; side: string | null }[];
}
export interface History {
  versions: Version[];
  lastSeq: number;
  adoption: { versionId: string; changedSince: boolean } | null;
}
export interface Run {
  op: string;
  text: string;
  userIds: string[];
}
export interface Diff {
  sections: { root: string; runs: Run[] }[];
  changes: { summary: string; userIds: string[]; field: string | null; change: string }[];
  summary: string;
}

export const history = (s: TestServer, id: string) =>
  api<History>(s, 'GET', `/api/documents/${id}/history`).then((r) => r.json);
export const named = async (s: TestServer, id: string, label: string) => {
  const res = await api<{ id: string; seq: number }>(s, 'POST', `/api/documents/${id}/versions`, {
    label,
  });
  expect(res.status).toBe(201);
  return res.json;
};
export const diff = (s: TestServer, id: string, query: string) =>
  api<Diff>(s, 'GET', `/api/documents/${id}/diff?${query}`).then((r) => {
    expect(r.status).toBe(200);
    return r.json;
  });

/** Waits until `client` has everything `source` has (a state vector taken once would go stale). */
export const caughtUp = (client: TestClient, source: TestClient) =>
  eventually(() =>
    expect(Y.encodeStateVector(client.doc)).toEqual(Y.encodeStateVector(source.doc)),
  );
