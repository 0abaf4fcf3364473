import {
  addCourse,
  addMapEntity,
  type Course,
  MAP_ROOTS,
  readCurriculumMap,
  seedDemoCurriculumMap,
} from '@tandem/domain';
import { exportPath } from '@tandem/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyImportPlan } from '../src/curriculum/import/applyImportPlan';
import { buildImportPlan } from '../src/curriculum/import/buildImportPlan';
import { findHeaderRow, guessMapping, IMPORT_FIELDS } from '../src/curriculum/import/importFields';
import { readImportFile } from '../src/curriculum/import/readImportFile';
import type { MapWriter } from '../src/curriculum/map/useMapWriter';
import { apiToken } from './browser';
import { SCHOOL_LEADER } from './demoAccounts';
import { ServerProcess } from './serverProcess';

/**
 * Issue 12: "export then import gives the same courses and hours". The demo map goes out
 * through the real server's .xlsx export and comes back in through the functions the Import
 * dialog runs, with the column mapping the dialog guesses, into an empty map.
 */
let server: ServerProcess;
let headers: Record<string, string>;
beforeAll(async () => {
  server = await ServerProcess.start();
  headers = { authorization: `Bearer ${await apiToken(server, SCHOOL_LEADER)}` };
});
afterAll(() => server?.dispose());

/** A writer wired like `useMapWriter`: one origin, one undo stack. */
function writerFor(doc: Y.Doc): MapWriter {
  const origin = { source: 'client', area: 'curriculum-map', userId: 'importer' } as const;
  const roots = Object.values(MAP_ROOTS).map((name) => doc.getMap(name));
  const history = new Y.UndoManager(roots, { trackedOrigins: new Set([origin]) });
  return {
    origin,
    undo: () => history.undo(),
    transact: (writes: () => void) => doc.transact(writes, origin),
    addCourse: (input: Parameters<MapWriter['addCourse']>[0]) => addCourse(doc, input, origin),
  } as unknown as MapWriter;
}

/** What a course list carries, keyed by code. */
const essentials = (courses: readonly Course[]) =>
  Object.fromEntries(
    courses.map((c) => [
      c.code,
      {
        name: c.name,
        hoursTheory: c.hoursTheory,
        hoursPractice: c.hoursPractice,
        credits: c.credits,
        terms: c.terms,
        nature: c.nature,
        assessment: c.assessment,
      },
    ]),
  );

describe('curriculum map → .xlsx → Import courses', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    it(`gives back the same courses, hours, credits and terms (${lang} labels)`, async () => {
      const list = await fetch(`${server.url}/api/documents`, { headers });
      const { documents } = (await list.json()) as { documents: { id: string; type: string }[] };
      const map = documents.find((d) => d.type === 'curriculum-map')!;
      const res = await fetch(`${server.url}${exportPath(map.id, 'xlsx', lang)}`, { headers });
      expect(res.status).toBe(200);
      const file = new File([await res.arrayBuffer()], 'map.xlsx');

      // What the dialog does on "choose file": read the first sheet, find the header, guess.
      const read = await readImportFile(file);
      if (!read.ok) throw new Error(`unreadable: ${JSON.stringify(read.error)}`);
      const headerRow = findHeaderRow(read.rows);
      const mapping = guessMapping(read.rows[headerRow] ?? []);
      // Every field is found without the user touching the mapping.
      for (const field of IMPORT_FIELDS) expect(mapping[field], field).not.toBeNull();

      const doc = new Y.Doc();
      const group = addMapEntity(doc, 'groups', { name: 'Imported', kind: 'platform' });
      if (!group.ok) throw new Error('no group');
      const plan = buildImportPlan(read.rows, headerRow, mapping, [], 'skip');
      const result = applyImportPlan(writerFor(doc), plan, {
        groupId: group.value.id,
        category: 'professional',
        programIds: [],
      });

      const source = new Y.Doc();
      seedDemoCurriculumMap(source);
      const expected = readCurriculumMap(source).courses;
      expect(expected.length).toBeGreaterThan(20);
      expect(result).toEqual({ ok: true, added: expected.length, updated: 0 });
      // The rows the importer leaves out are the sheet's group headings and its total, no course.
      const left = plan.rows.filter((r) => r.action !== 'add').map((r) => r.cells.code);
      expect(left.length).toBe(readCurriculumMap(source).groups.length + 1);
      expect(essentials(readCurriculumMap(doc).courses)).toEqual(essentials(expected));
    });
  }
});
