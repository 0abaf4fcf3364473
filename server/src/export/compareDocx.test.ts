import type { DiffDto } from '@tandem/protocol';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { type ComparisonExport, compareDocx } from './compareDocx';
import { compareLabels } from './compareLabels';
import { exportLabels } from './labels';

/** The Word file's visible text, paragraph by paragraph. */
async function paragraphs(file: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(file);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)]
    .map((p) =>
      [...p[0].matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)</g)].map((m) => m[1]).join(''),
    )
    .filter(Boolean);
}

const inserted = (root: string, text: string) => ({
  root,
  runs: [{ op: 'insert' as const, text, userIds: [] }],
});

/** A talent plan whose §7 schedule note and §6 curriculum text changed, listed by root name. */
function planComparison(): ComparisonExport {
  const diff: DiffDto = {
    fromSeq: 1,
    toSeq: 2,
    sections: [
      inserted('section:schedule', '第五学期集中实训。'),
      inserted('section:curriculum', '新增直播运营课程。'),
    ],
    changes: [],
    people: [],
    summary: '',
  };
  const end = (seq: number) => ({ ref: `seq:${seq}`, seq, version: null });
  return {
    title: '电子商务专业人才培养方案',
    type: 'talent-plan',
    diff,
    from: end(1),
    to: end(2),
    roots: ['section:schedule', 'section:curriculum', 'section:appendix'],
    filter: {},
    date: new Date('2026-05-04T01:30:00Z'),
    timeZone: 'Asia/Shanghai',
  };
}

describe('compareDocx section headings', () => {
  it('names and orders a talent plan’s sections by the plan’s template', async () => {
    const words = { labels: exportLabels('zh-CN'), compare: compareLabels('zh-CN') };
    const text = await paragraphs(await compareDocx(planComparison(), words));
    const curriculum = text.indexOf('课程设置及要求');
    const schedule = text.indexOf('教学进程总体安排');
    expect(curriculum).toBeGreaterThan(-1);
    // §6 before §7, whatever order the diff listed them in.
    expect(schedule).toBeGreaterThan(curriculum);
    expect(text).toContain(compareLabels('zh-CN').unchanged('附录'));
  });

  it('writes the plan’s titles in English when asked', async () => {
    const words = { labels: exportLabels('en'), compare: compareLabels('en') };
    const text = await paragraphs(await compareDocx(planComparison(), words));
    expect(text.indexOf('Teaching schedule')).toBeGreaterThan(
      text.indexOf('Curriculum and requirements'),
    );
    expect(text.indexOf('Curriculum and requirements')).toBeGreaterThan(-1);
  });
});
