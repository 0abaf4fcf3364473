// @vitest-environment happy-dom
import { addPlanEntity, PLAN_SECTION_IDS, readTalentPlan } from '@tandem/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PLAN_SAMPLE, samplePlanDocx } from '../../../test/planDocx';
import { editorNodes } from '../../editor/editorNodes';
import { applyDocImport, type DocImportOrigin } from '../applyDocImport';
import { buildDocImportPlan, type DocImportPlan } from '../buildDocImportPlan';
import { convertDocx } from '../readDocx';
import { talentPlanImport } from './talentPlanProfile';

const origin: DocImportOrigin = { source: 'client', area: 'doc-import', userId: 'u1' };
let html = '';

function parse(text: string): Element {
  return new DOMParser().parseFromString(text, 'text/html').body;
}

/** The sample plan read against `doc`, whose codes a completed row must not repeat. */
function planFor(doc: Y.Doc): DocImportPlan {
  return buildDocImportPlan(parse(html), talentPlanImport, (c) =>
    talentPlanImport.takenCodes ? talentPlanImport.takenCodes(doc, c) : new Set(),
  );
}

function rowsOf(plan: DocImportPlan, collection: string) {
  const table = plan.tables.find((t) => t.mapping.collection === collection);
  if (!table) throw new Error(`no ${collection} table`);
  return table.rows;
}

/** A plan someone has started: one specification, K1. */
function startedPlan(): Y.Doc {
  const doc = new Y.Doc();
  addPlanEntity(doc, 'specs', { dimension: 'knowledge', code: 'K1', text: '已有的知识规格。' });
  return doc;
}

beforeAll(async () => {
  const read = await convertDocx(new Uint8Array(await samplePlanDocx()).buffer);
  if (!read.ok) throw new Error(read.error.code);
  html = read.html;
});

describe('a talent plan .docx read into the plan’s template', () => {
  let plan: DocImportPlan;

  beforeAll(() => {
    plan = planFor(startedPlan());
  });

  it('finds all fourteen numbered sections, under the template’s titles or colleges’ own', () => {
    expect(plan.sectionIds).toEqual(PLAN_SECTION_IDS);
    expect(plan.narratives.map((n) => n.section.id)).toEqual([
      'career',
      'objectives',
      'curriculum',
      'practice',
      'teachers',
      'conditions',
      'assessment',
      'guarantees',
      'graduation',
      'appendix',
    ]);
    const heads = (id: string) => plan.narratives.find((n) => n.section.id === id)?.headings;
    expect(heads('teachers')).toEqual(['九、教学团队']);
    expect(heads('guarantees')).toEqual(['十二、实施保障']);
    expect(heads('appendix')).toEqual(['十四、附录']);
  });

  it('reads the specifications, completing a code and a dimension, and refuses an unknown dimension', () => {
    const rows = rowsOf(plan, 'specs');
    expect(rows.map((r) => [r.action, r.values.code, r.values.dimension, r.values.text])).toEqual([
      ['add', 'Q5', 'quality', PLAN_SAMPLE.quality],
      // No code in the file, and K1 is taken in the plan: the next free one.
      ['add', 'K2', 'knowledge', PLAN_SAMPLE.knowledge],
      // No dimension in the file: the code's letter says it.
      ['add', 'A8', 'ability', PLAN_SAMPLE.ability],
      ['invalid', 'Q6', undefined, PLAN_SAMPLE.badSpec],
    ]);
    expect(rows[3]?.problems).toEqual([
      {
        field: 'dimension',
        local: 'unknownChoice',
        params: {
          value: PLAN_SAMPLE.badDimension,
          allowed: '素质 / 知识 / 能力 / Quality / Knowledge / Ability',
        },
      },
    ]);
    const objectives = plan.narratives.find((n) => n.section.id === 'objectives');
    expect(objectives?.text).toBe(PLAN_SAMPLE.goal);
  });

  it('reads the team, giving a teacher without side or role the usual ones', () => {
    const rows = rowsOf(plan, 'teachers');
    expect(rows.map((r) => r.action)).toEqual(['add', 'add', 'add']);
    expect(rows.map((r) => r.values)).toEqual([
      {
        name: PLAN_SAMPLE.leader,
        side: 'school',
        organisation: '重庆商务职业学院',
        title: '教授',
        role: 'program-leader',
        dualQualified: true,
      },
      {
        name: PLAN_SAMPLE.mentor,
        side: 'enterprise',
        organisation: '京东物流重庆分公司',
        title: '运营总监',
        role: 'part-time',
        dualQualified: true,
      },
      {
        name: PLAN_SAMPLE.lecturer,
        side: 'school',
        title: '讲师',
        role: 'core-teacher',
        dualQualified: false,
      },
    ]);
  });

  it('leaves the course list and the schedule to the curriculum map, listed as not placed', () => {
    expect(plan.unplaced.map((u) => [u.kind, u.where ?? u.sectionId])).toEqual([
      ['preamble', null],
      ['noText', '一、专业名称及代码'],
      ['noText', '二、招生对象'],
      ['noText', '三、修业年限'],
      ['courseTable', '六、课程设置及要求'],
      ['courseTable', '七、教学进程总体安排'],
      ['row', 'objectives'],
    ]);
    const courseTables = plan.unplaced.filter((u) => u.kind === 'courseTable');
    expect(courseTables[1]?.text).toContain(`ZY401\t${PLAN_SAMPLE.course}`);
    const curriculum = plan.narratives.find((n) => n.section.id === 'curriculum');
    expect(curriculum?.html).not.toContain('<table');
    expect(plan.tables.map((t) => t.mapping.collection)).toEqual(['specs', 'teachers']);
  });

  it('follows the MOE 2019 layout, whose 实施保障 holds the team, facilities and assessment', () => {
    const body = parse(
      '<h1>八、实施保障</h1><h2>（一）师资队伍</h2><p>a</p><h2>（二）教学设施</h2><p>b</p>' +
        '<h2>（三）教学资源</h2><p>c</p><h2>（四）教学方法</h2><p>d</p>' +
        '<h2>（五）学习评价</h2><p>e</p><h2>（六）质量管理</h2><p>f</p><h1>九、毕业要求</h1><p>g</p>',
    );
    const moe = buildDocImportPlan(body, talentPlanImport);
    expect(moe.narratives.map((n) => [n.section.id, n.text])).toEqual([
      ['teachers', 'a'],
      ['conditions', 'b\nc'],
      ['assessment', 'e'],
      ['guarantees', 'd\nf'],
      ['graduation', 'g'],
    ]);
    expect(moe.unplaced).toEqual([]);
  });
});

describe('applying a talent plan import', () => {
  it('writes the specifications and the team through the domain, in one transaction', () => {
    const doc = startedPlan();
    let transactions = 0;
    doc.on('afterTransaction', () => {
      transactions += 1;
    });
    const result = applyDocImport(doc, talentPlanImport, planFor(doc), {}, origin, editorNodes);
    expect(result).toMatchObject({ ok: true, sections: 10, rows: 3 + 3 });
    expect(transactions).toBe(1);
    const written = readTalentPlan(doc);
    expect(written.problems).toEqual([]);
    expect(written.specs.map((s) => `${s.code} ${s.dimension}`)).toEqual([
      'K1 knowledge',
      'Q5 quality',
      'K2 knowledge',
      'A8 ability',
    ]);
    expect(written.teachers.map((t) => [t.name, t.side, t.role, t.dualQualified])).toEqual([
      [PLAN_SAMPLE.leader, 'school', 'program-leader', true],
      [PLAN_SAMPLE.mentor, 'enterprise', 'part-time', true],
      [PLAN_SAMPLE.lecturer, 'school', 'core-teacher', false],
    ]);
    expect(doc.get('section:career', Y.XmlText).length).toBeGreaterThan(0);
  });

  it('is taken back by one undo, leaving the specification that was there', () => {
    const doc = startedPlan();
    const result = applyDocImport(doc, talentPlanImport, planFor(doc), {}, origin, editorNodes);
    if (!result.ok) throw new Error('import refused');
    result.undo.undo();
    const restored = readTalentPlan(doc);
    expect(restored.specs.map((s) => s.code)).toEqual(['K1']);
    expect(restored.teachers).toEqual([]);
    expect(doc.get('section:career', Y.XmlText).length).toBe(0);
    expect(doc.get('section:appendix', Y.XmlText).length).toBe(0);
  });
});
