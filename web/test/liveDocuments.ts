import { createRequire } from 'node:module';
import path from 'node:path';
import {
  DEMO_POLICY_OVERRIDE,
  type DemoCourseStandard,
  seedDemoCourseStandard,
  seedDemoCurriculumMap,
  setDocPolicyField,
  setStandardInfoField,
} from '@tandem/domain';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { REPO_ROOT, type ServerProcess } from './serverProcess';

/** Node has no WebSocket before v22; use the server package's `ws` (web does not depend on it). */
function nodeWebSocket(): typeof WebSocket {
  const require = createRequire(path.join(REPO_ROOT, 'server', 'package.json'));
  return require('ws') as typeof WebSocket;
}

function connect(server: ServerProcess, token: string, documentId: string) {
  const doc = new Y.Doc();
  const url = `${server.url.replace(/^http/, 'ws')}/sync`;
  const provider = new WebsocketProvider(url, documentId, doc, {
    params: { token },
    WebSocketPolyfill: nodeWebSocket(),
    disableBc: true,
  });
  const synced = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no sync for ${documentId}`)), 15_000);
    provider.on('sync', (isSynced: boolean) => {
      if (!isSynced) return;
      clearTimeout(timer);
      resolve();
    });
  });
  return { doc, provider, synced };
}

/**
 * Edits a document from the test process as a real y-websocket client would, then waits until a
 * fresh connection sees the result (the server has stored it).
 */
export async function editLive(
  server: ServerProcess,
  token: string,
  documentId: string,
  edit: (doc: Y.Doc) => void,
  done: (doc: Y.Doc) => boolean,
): Promise<void> {
  const writer = connect(server, token, documentId);
  await writer.synced;
  edit(writer.doc);
  try {
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const reader = connect(server, token, documentId);
      await reader.synced;
      const ok = done(reader.doc);
      reader.provider.destroy();
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`edit of ${documentId} did not reach the server`);
  } finally {
    writer.provider.destroy();
  }
}

/** Fills an empty curriculum map with the demo E-commerce group and its policy override. */
export function seedMap(server: ServerProcess, token: string, documentId: string): Promise<void> {
  return editLive(
    server,
    token,
    documentId,
    (doc) => {
      seedDemoCurriculumMap(doc);
      for (const [rule, fields] of Object.entries(DEMO_POLICY_OVERRIDE.rules ?? {})) {
        for (const [field, value] of Object.entries(fields ?? {}))
          setDocPolicyField(doc, `${rule}.${field}`, value);
      }
      if (DEMO_POLICY_OVERRIDE.id) setDocPolicyField(doc, 'id', DEMO_POLICY_OVERRIDE.id);
    },
    (doc) => doc.getMap('courses').size > 70,
  );
}

/** Fills an empty course standard with a demo standard written against `mapDocumentId`. */
export function seedStandard(
  server: ServerProcess,
  token: string,
  documentId: string,
  standard: DemoCourseStandard,
  mapDocumentId: string,
): Promise<void> {
  return editLive(
    server,
    token,
    documentId,
    (doc) => {
      const seeded = seedDemoCourseStandard(doc, standard);
      if (!seeded.ok) throw new Error(`seed refused: ${seeded.message.key}`);
      setStandardInfoField(doc, 'mapDocumentId', mapDocumentId);
    },
    (doc) =>
      doc.getMap('units').size > 0 && doc.getMap('info').get('mapDocumentId') === mapDocumentId,
  );
}

/** Reads a document's current state from the server as a fresh client sees it. */
export async function readLive<T>(
  server: ServerProcess,
  token: string,
  documentId: string,
  read: (doc: Y.Doc) => T,
): Promise<T> {
  const reader = connect(server, token, documentId);
  try {
    await reader.synced;
    return read(reader.doc);
  } finally {
    reader.provider.destroy();
  }
}
