import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer, tempDir } from './harness';

let server: TestServer;

beforeAll(async () => {
  const webDist = tempDir('tandem-web-');
  fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Tandem</title>');
  fs.mkdirSync(path.join(webDist, 'assets'));
  fs.writeFileSync(path.join(webDist, 'assets', 'app.js'), 'console.log(1)');
  server = await startServer({ webDist });
});
afterAll(() => server.close());

const get = (path: string) =>
  fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${server.owner.token}` } });

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/documents`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${server.owner.token}`,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('documents API', () => {
  it('creates a document, lists it and returns its metadata', async () => {
    const res = await post({ type: 'course-standard', title: '  直播电商 课程标准 ' });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);

    const one = await get(`/api/documents/${id}`);
    expect(one.status).toBe(200);
    expect(await one.json()).toMatchObject({
      id,
      type: 'course-standard',
      title: '直播电商 课程标准',
    });

    const list = (await (await get('/api/documents')).json()) as {
      documents: { id: string }[];
    };
    expect(list.documents[0]?.id).toBe(id);
  });

  it('writes the versioned layout header as the first logged update', async () => {
    const { id } = (await (await post({ type: 'notes', title: 'Layout' })).json()) as {
      id: string;
    };
    const { lastSeq } = await server.store.loadState(id);
    expect(lastSeq).toBe(1);
  });

  it.each([
    [{ type: 'spreadsheet', title: 'x' }, /type/],
    [{ type: 'notes', title: '   ' }, /title must not be empty/],
    [{ type: 'notes', title: 'x'.repeat(201) }, /at most 200/],
    [{ type: 'notes' }, /title/],
  ])('refuses %j with VALIDATION_FAILED', async (body, message) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { code: string; message: string };
    expect(json.code).toBe('VALIDATION_FAILED');
    expect(json.message).toMatch(message);
  });

  it('refuses malformed JSON and oversized bodies with stable codes', async () => {
    const bad = await post('{"type": ');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: string }).code).toBe('VALIDATION_FAILED');
    const big = await post({ type: 'notes', title: 'x'.repeat(2 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { code: string }).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 404 DOC_NOT_FOUND for unknown and invalid ids', async () => {
    for (const id of ['aaaaaaaaaaaaaaaa', 'not valid!']) {
      const res = await get(`/api/documents/${encodeURIComponent(id)}`);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ code: 'DOC_NOT_FOUND', message: 'document not found' });
    }
  });
});

describe('serving the web app', () => {
  it('falls back to index.html for app routes and serves assets', async () => {
    for (const route of ['/', '/d/abc123', '/login']) {
      const res = await fetch(`${server.url}${route}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>Tandem</title>');
    }
    expect(await (await fetch(`${server.url}/assets/app.js`)).text()).toBe('console.log(1)');
  });

  it('keeps JSON 404s for unknown API paths', async () => {
    const res = await fetch(`${server.url}/api/nope`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ code: 'NOT_FOUND', message: 'not found' });
  });

  it('describes the API with OpenAPI at /api/docs', async () => {
    const spec = (await (await fetch(`${server.url}/api/docs/json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/documents', '/api/documents/{id}']),
    );
    expect((await fetch(`${server.url}/api/docs`)).status).toBe(200);
  });

  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { store: 'ok' } });
  });
});
