// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE, sampleStandardDocx } from '../../test/standardDocx';
import { buildDocImportPlan, type DocImportPlan } from './buildDocImportPlan';
import { courseStandardImport } from './profiles/courseStandardProfile';
import { convertDocx } from './readDocx';

function parse(html: string): Element {
  return new DOMParser().parseFromString(html, 'text/html').body;
}

function tableOf(plan: DocImportPlan, collection: string) {
  const table = plan.tables.find((t) => t.mapping.collection === collection);
  if (!table) throw new Error(`no ${collection} table`);
  return table;
}

describe('a real .docx read by mammoth and split into the template', () => {
  let plan: DocImportPlan;

  beforeAll(async () => {
    const bytes = await sampleStandardDocx();
    const read = await convertDocx(new Uint8Array(bytes).buffer);
    if (!read.ok) throw new Error(read.error.code);
    plan = buildDocImportPlan(parse(read.html), courseStandardImport, () => new Set(['K1']));
  });

  it('places each numbered heading in its section, in template order', () => {
    expect(plan.sectionIds).toEqual([
      'nature-positioning',
      'design-rationale',
      'objectives',
      'content',
      'teaching-implementation',
      'assessment',
      'resources',
      'appendix',
    ]);
    expect(plan.narratives.map((n) => n.section.id)).toEqual([
      'nature-positioning',
      'design-rationale',
      'teaching-implementation',
      'assessment',
      'resources',
      'appendix',
    ]);
  });

  it('keeps formatting, sub-headings and lists in the narrative, and not the section heading', () => {
    const nature = plan.narratives.find((n) => n.section.id === 'nature-positioning');
    expect(nature?.html).toContain('<strong>重点培养数据分析能力。</strong>');
    expect(nature?.html).not.toContain('课程性质与定位');
    const rationale = plan.narratives.find((n) => n.section.id === 'design-rationale');
    expect(rationale?.html).toMatch(/<h2>（一）设计理念<\/h2>/);
    expect(rationale?.html).toContain('<li>岗课赛证融通</li>');
    expect(rationale?.text).toContain(SAMPLE.rationale);
  });

  it('takes the recognised tables out of the text and into rows', () => {
    const assessment = plan.narratives.find((n) => n.section.id === 'assessment');
    expect(assessment?.html).not.toContain('<table');
    expect(assessment?.text).toBe('过程考核与期末考核相结合。');
    const objectives = tableOf(plan, 'objectives');
    expect(objectives.rows.map((r) => [r.action, r.values.code, r.values.dimension])).toEqual([
      ['add', 'K1', 'knowledge'],
      // No code in the file: the next free one of its dimension.
      ['add', 'S1', 'skill'],
      ['add', 'Q1', 'quality'],
    ]);
  });

  it('reads merged module cells, skips the total row and reports a non-numeric hour', () => {
    const units = tableOf(plan, 'units');
    const [good, bad, total] = units.rows;
    expect(good?.action).toBe('add');
    expect(good?.values).toMatchObject({
      module: SAMPLE.module,
      task: SAMPLE.goodTask,
      hoursTheory: 4,
      hoursPractice: 8,
      venue: 'campus',
      deliveredBy: 'joint',
      certificateItem: '网店运营推广（初级）',
    });
    expect(bad?.action).toBe('invalid');
    expect(bad?.cells[0]).toBe(SAMPLE.module);
    expect(bad?.problems).toEqual([
      expect.objectContaining({
        field: 'hoursTheory',
        message: expect.objectContaining({ key: 'domain.validation.notANumber' }),
      }),
    ]);
    expect(total?.action).toBe('skip');
  });

  it('reads weights in per cent and guesses the kind from the name', () => {
    const rows = tableOf(plan, 'assessment').rows;
    expect(rows.map((r) => [r.values.name, r.values.kind, r.values.weight])).toEqual([
      ['平时表现', 'process', 30],
      ['项目实训', 'process', 40],
      ['期末考试', 'final', 30],
    ]);
  });

  it('lists what has no place: the title, an unknown heading, the image and the bad row', () => {
    const list = plan.unplaced.map((u) => [u.kind, u.where ?? u.sectionId, u.text]);
    expect(list).toEqual([
      ['preamble', null, '《网店运营》课程标准'],
      ['heading', SAMPLE.unplacedHeading, SAMPLE.unplacedText],
      ['image', '八、教学资源', '平台截图'],
      ['row', 'content', expect.stringContaining(SAMPLE.badTask)],
    ]);
    const resources = plan.narratives.find((n) => n.section.id === 'resources');
    expect(resources?.html).not.toContain('<img');
  });

  it('finds a bold paragraph used as a heading', () => {
    const appendix = plan.narratives.find((n) => n.section.id === 'appendix');
    expect(appendix?.headings).toEqual(['九、附录']);
    expect(appendix?.text).toBe(SAMPLE.appendix);
  });
});

describe('splitting by heading level', () => {
  it('keeps deeper unknown headings inside their section, and lists same-level ones', () => {
    const body = parse(
      '<h1>1. Teaching implementation</h1><p>a</p><h2>1.1 Methods</h2><p>b</p>' +
        '<h1>2. Teaching team</h1><p>c</p><h1>3. Appendix</h1><p>d</p>',
    );
    const plan = buildDocImportPlan(body, courseStandardImport);
    const teaching = plan.narratives[0];
    expect(teaching?.section.id).toBe('teaching-implementation');
    expect(teaching?.html).toBe('<p>a</p><h2>1.1 Methods</h2><p>b</p>');
    expect(plan.unplaced).toEqual([
      expect.objectContaining({ kind: 'heading', where: '2. Teaching team', text: 'c' }),
    ]);
  });

  it('lists the text of a section that has only fields, to be typed in by hand', () => {
    const body = parse(
      '<h1>课程基本信息</h1><p>课程代码：EC101</p><h1>课程目标</h1><p>总体目标</p>',
    );
    const plan = buildDocImportPlan(body, courseStandardImport);
    expect(plan.narratives).toEqual([]);
    expect(plan.unplaced.map((u) => [u.kind, u.sectionId, u.text])).toEqual([
      ['noText', 'course-info', '课程代码：EC101'],
      ['noText', 'objectives', '总体目标'],
    ]);
  });

  it('does not take a table-of-contents line for a heading', () => {
    const body = parse(
      '<p><a href="#_Toc1">一、课程性质与定位</a></p><h1>一、课程性质与定位</h1><p>x</p>',
    );
    const plan = buildDocImportPlan(body, courseStandardImport);
    expect(plan.narratives[0]?.headings).toEqual(['一、课程性质与定位']);
    expect(plan.unplaced.map((u) => u.kind)).toEqual(['preamble']);
  });

  it('reads a two-row header ("学时" over theory and practice) and an unknown venue', () => {
    const body = parse(
      '<h1>课程内容</h1><table>' +
        '<tr><td rowspan="2">模块</td><td rowspan="2">任务</td><td colspan="2">学时</td><td rowspan="2">场地</td></tr>' +
        '<tr><td>理论</td><td>实践</td></tr>' +
        '<tr><td>M1</td><td>T1</td><td>2</td><td>—</td><td>线上</td></tr>' +
        '</table>',
    );
    const [table] = buildDocImportPlan(body, courseStandardImport).tables;
    expect(table?.rows[0]?.values).toMatchObject({ hoursTheory: 2, hoursPractice: 0 });
    expect(table?.rows[0]?.problems).toEqual([
      expect.objectContaining({ field: 'venue', local: 'unknownChoice' }),
    ]);
  });
});
