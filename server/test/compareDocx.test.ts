import type { Role, Side } from '@tandem/domain';
import {
  readCourseStandard,
  sectionRootName,
  setStandardInfoField,
  standardSectionTitlesEn,
} from '@tandem/domain';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readDocument } from '../src/documents';
import { connectClient, serverHas, startServer, type TestServer, type TestUser } from './harness';
import { caughtUp, named } from './historyHelpers';

/** Issue 12: a comparison of two versions as a Word file whose redline is tracked changes. */

async function person(server: TestServer, name: string, side: Side, role: Role) {
  const org = await server.accounts.createOrganisation(`${side} organisation`, side);
  const email = `${name}-${Math.random().toString(36).slice(2, 8)}@test.local`;
  const user = await server.accounts.createUser({
    email,
    name,
    passwordHash: 'unused: signs in by token',
    organisationId: org.id,
  });
  await server.accounts.setMember(server.workspaceId, user.id, role);
  const { token } = await server.accounts.issueToken(user.id, 3_600_000);
  return { id: user.id, email, name, password: '', token, role, side } satisfies TestUser;
}

/** A Lexical paragraph: an XmlText embedded in the section's root. */
function paragraph(root: Y.XmlText, at: number, text: string): Y.XmlText {
  const p = new Y.XmlText();
  root.insertEmbed(at, p);
  p.insert(0, text);
  return p;
}
const firstParagraph = (root: Y.XmlText) =>
  (root.toDelta() as { insert: unknown }[])[0]?.insert as Y.XmlText;

interface Revision {
  author: string;
  text: string;
}
/** Every w:ins or w:del that wraps runs (not a paragraph mark's), with its author and text. */
function revisions(xml: string, tag: 'w:ins' | 'w:del'): Revision[] {
  const re = new RegExp(`<${tag} ([^>]*[^/])>(.*?)</${tag}>`, 'gs');
  return [...xml.matchAll(re)].map((m) => ({
    author: /w:author="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '',
    text: [...(m[2] ?? '').matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)</g)]
      .map((t) => t[1])
      .join(''),
  }));
}
/** Paragraph marks tracked as inserted: `<w:ins …/>` inside a paragraph's run properties. */
const insertedMarks = (xml: string) =>
  [...xml.matchAll(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:rPr><w:ins ([^>]*)\/>/gs)].map(
    (m) => /w:author="([^"]*)"/.exec(m[1] ?? '')?.[1],
  );
const xmlText = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >].*?<\/w:tr>/gs)].map((r) =>
      [...r[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((c) => xmlText(c[0])),
    ),
  );
}

let server: TestServer;
let docId: string;
let v1: { id: string; seq: number };
let v2: { id: string; seq: number };
let school: TestUser;
let firm: TestUser;
let viewer: TestUser;

beforeAll(async () => {
  server = await startServer();
  school = await person(server, '王晓梅', 'school', 'editor');
  firm = await person(server, '李强', 'enterprise', 'editor');
  viewer = await server.addUser('viewer');
  const res = await fetch(`${server.url}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${school.token}` },
    body: JSON.stringify({ type: 'course-standard', title: '《直播电商》课程标准' }),
  });
  expect(res.status).toBe(201);
  docId = ((await res.json()) as { id: string }).id;

  // The school writes two sections; that is the first named version.
  const a = connectClient(server, docId, new Y.Doc(), school.token);
  await a.synced();
  const nature = a.doc.get(sectionRootName('nature-positioning'), Y.XmlText) as Y.XmlText;
  const sentence = paragraph(nature, 0, '本课程是电子商务专业的核心课程。');
  paragraph(
    a.doc.get(sectionRootName('design-rationale'), Y.XmlText) as Y.XmlText,
    0,
    '按工作过程设计。',
  );
  await serverHas(server, docId, a.doc);
  expect((await readDocument(server, docId, readCourseStandard)).info.versionLabel).toBe('');
  v1 = await named(server, docId, '初稿');

  // The enterprise adds words, a paragraph and names the edition; the school cuts a word.
  const b = connectClient(server, docId, new Y.Doc(), firm.token);
  await b.synced();
  const theirs = b.doc.get(sectionRootName('nature-positioning'), Y.XmlText) as Y.XmlText;
  firstParagraph(theirs).insert('本课程是电子商务'.length, '和直播运营');
  paragraph(theirs, 1, '企业导师全程参与教学。');
  expect(setStandardInfoField(b.doc, 'versionLabel', '2026 版')).toMatchObject({ ok: true });
  await serverHas(server, docId, b.doc);
  await caughtUp(a, b);
  sentence.delete(sentence.toString().indexOf('核心'), '核心'.length);
  await serverHas(server, docId, a.doc);
  v2 = await named(server, docId, '修订稿');
  a.destroy();
  b.destroy();
});
afterAll(() => server.close());

const get = (path: string, user: { token: string } | null = viewer) =>
  fetch(`${server.url}${path}`, { headers: user ? { authorization: `Bearer ${user.token}` } : {} });
const comparePath = (query: string) => `/api/documents/${docId}/compare.docx?${query}`;
async function documentXml(query: string) {
  const res = await get(comparePath(query));
  expect(res.status, await res.clone().text()).toBe(200);
  const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
  return { res, xml: await zip.file('word/document.xml')!.async('string') };
}

describe('a comparison as a Word redline', () => {
  it('writes each change as a tracked change by its author and side, for a viewer', async () => {
    const { res, xml } = await documentXml(`from=${v1.id}&to=${v2.id}&lang=zh-CN`);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('《直播电商》课程标准（版本对比）.docx')}`,
    );

    expect(revisions(xml, 'w:ins')).toEqual([
      { author: '李强（企业）', text: '和直播运营' },
      { author: '李强（企业）', text: '企业导师全程参与教学。' },
    ]);
    expect(revisions(xml, 'w:del')).toEqual([{ author: '王晓梅（学校）', text: '核心' }]);
    // The new paragraph's mark is tracked too, so rejecting it leaves no empty line.
    expect(insertedMarks(xml)).toEqual(['李强（企业）']);
    // Word dates each change; the version's time stands for all of them.
    expect(xml).toMatch(/<w:ins [^>]*w:date="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);

    const text = xmlText(xml);
    expect(text).toContain('《直播电商》课程标准');
    expect(text).toContain('初稿（');
    expect(text).toContain('修订稿（');
    expect(text).toContain('课程性质与定位');
    expect(text).toContain('无改动的部分：课程设计思路。');

    const [versions, people, structured] = tables(xml);
    expect(versions?.[0]?.[0]).toBe('原版本');
    expect(versions?.[0]?.[2]).toBe('新版本');
    expect(people).toEqual([
      ['姓名', '所属方', '新增（字）', '删除（字）', '其他改动（项）'],
      ['李强', '企业', String('和直播运营企业导师全程参与教学。'.length), '0', '1'],
      ['王晓梅', '学校', '0', '2', '0'],
    ]);
    expect(structured?.[0]).toEqual(['项目', '字段', '修改前', '修改后', '修改人']);
    expect(structured?.slice(1)).toEqual([['课程信息', '版本', '', '2026 版', '李强（企业）']]);
  });

  it('speaks English when asked and keeps only one side when filtered', async () => {
    const { xml } = await documentXml(`from=${v1.id}&to=${v2.id}&lang=en&side=school`);
    expect(revisions(xml, 'w:del')).toEqual([{ author: '王晓梅 (School)', text: '核心' }]);
    // The other side's words read as unchanged text, not as a change.
    expect(revisions(xml, 'w:ins')).toEqual([]);
    expect(xmlText(xml)).toContain('和直播运营');
    expect(xmlText(xml)).toContain(standardSectionTitlesEn['nature-positioning']);
    expect(xmlText(xml)).toContain('Only the changes by School are listed.');
  });

  it('says so when nothing changed', async () => {
    const { xml } = await documentXml(`from=${v2.id}&to=current&lang=en`);
    expect(revisions(xml, 'w:ins')).toEqual([]);
    expect(xmlText(xml)).toContain('No changes between these versions.');
  });

  it('refuses bad parameters, strangers and unknown versions with the API’s errors', async () => {
    const code = async (path: string, user: { token: string } | null = viewer) => {
      const res = await get(path, user);
      return [res.status, ((await res.json()) as { code: string }).code];
    };
    const range = `from=${v1.id}&to=${v2.id}`;
    expect(await code(comparePath(range), null)).toEqual([401, 'AUTH_REQUIRED']);
    expect(await code(comparePath(`${range}&lang=fr`))).toEqual([400, 'VALIDATION_FAILED']);
    expect(await code(comparePath(`${range}&tz=Mars/Olympus`))).toEqual([400, 'VALIDATION_FAILED']);
    expect(await code(comparePath('to=current'))).toEqual([400, 'VALIDATION_FAILED']);
    expect(await code(comparePath(`from=${v2.id}&to=${v1.id}`))).toEqual([
      400,
      'VALIDATION_FAILED',
    ]);
    expect(await code(comparePath('from=no-such-version'))).toEqual([404, 'VERSION_NOT_FOUND']);

    const elsewhere = await server.accounts.createWorkspace('Another group');
    const stranger = await server.addUser('owner', { workspaceId: elsewhere.id });
    expect(await code(comparePath(range), stranger)).toEqual([404, 'DOC_NOT_FOUND']);
  });
});
