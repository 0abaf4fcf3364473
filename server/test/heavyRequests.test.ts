import { afterEach, describe, expect, it } from 'vitest';
import { HEAVY_RATE } from '../src/http/heavyRequests';
import { createDocument, startServer, type TestServer } from './harness';

/**
 * Requests that rebuild a document on the server (a version, a diff, attribution, an export)
 * cost tens of milliseconds of the event loop each on a long history: one person sending them
 * in a loop must not stall everyone else's edits.
 */
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const get = (s: TestServer, path: string, token: string) =>
  fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

describe('[hardening] heavy requests per person', () => {
  it('answers 429 RATE_LIMITED past the limit, to that person only and for those endpoints only', async () => {
    server = await startServer();
    const s = server;
    const docId = await createDocument(s);
    const editor = await s.addUser('editor');
    const attribution = `/api/documents/${docId}/attribution`;
    // As a script would: batches of 20 at once until the first refusal.
    const started = performance.now();
    let served = 0;
    let over: Response | undefined;
    while (!over && served < 1_000) {
      const batch = await Promise.all(
        Array.from({ length: 20 }, () => get(s, attribution, editor.token)),
      );
      for (const r of batch) {
        if (r.status === 200) {
          served++;
          await r.arrayBuffer();
        } else over ??= r;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    expect(served).toBeGreaterThanOrEqual(HEAVY_RATE.burst);
    expect(served).toBeLessThanOrEqual(HEAVY_RATE.burst + HEAVY_RATE.perSecond * seconds + 1);
    if (!over) throw new Error('never refused');
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await over.json()).toMatchObject({ code: 'RATE_LIMITED' });
    // The other heavy endpoints share the person's allowance.
    expect((await get(s, `/api/documents/${docId}/diff?from=seq:0`, editor.token)).status).toBe(
      429,
    );

    // Someone else is served as always, and so is the same person's cheap reading.
    expect((await get(s, attribution, s.owner.token)).status).toBe(200);
    expect((await get(s, '/api/documents', editor.token)).status).toBe(200);
    expect((await get(s, `/api/documents/${docId}`, editor.token)).status).toBe(200);
  });
});
