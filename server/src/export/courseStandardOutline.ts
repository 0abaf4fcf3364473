import {
  type Course,
  type CourseStandardSnapshot,
  type CurriculumMapSnapshot,
  STANDARD_SECTIONS,
  type StandardSectionId,
} from '@tandem/domain';
import { type ExportLabels, enumLabel } from './labels';
import {
  type Cell,
  type ExportOutline,
  heading,
  type OutlineBlock,
  paragraph,
  type TitleItem,
  table,
} from './outline';
import type { ExportBlock } from './readRichBlocks';

/** Everything a course standard's file shows: its own parts and the course it describes. */
export interface CourseStandardExport {
  title: string;
  standard: CourseStandardSnapshot;
  /** The linked map, when the standard names one the caller may read. */
  map: CurriculumMapSnapshot | null;
  narrative: Partial<Record<StandardSectionId, ExportBlock[]>>;
}

/** Title page sizes in points: 二号 title, 三号 subtitle, 四号 fields, 小四 English name. */
const SIZE = { title: 22, subtitle: 16, field: 14, nameEn: 12 } as const;

/** A course standard as colleges submit it: a title page, then sections 一 to 九 of the template. */
export function courseStandardOutline(
  input: CourseStandardExport,
  labels: ExportLabels,
): ExportOutline {
  const ctx = context(input, labels);
  const body: OutlineBlock[] = [];
  for (const section of STANDARD_SECTIONS) {
    body.push(heading(1, labels.sections[section.id]));
    body.push(...SECTION_PARTS[section.id](ctx));
  }
  return { title: input.title, lang: labels.lang, titlePage: titlePage(ctx), body };
}

interface Ctx {
  input: CourseStandardExport;
  labels: ExportLabels;
  course: Course | null;
  courseName: string;
  narrative(id: StandardSectionId): OutlineBlock[];
}

function context(input: CourseStandardExport, labels: ExportLabels): Ctx {
  const { info } = input.standard;
  const course = input.map?.courses.find((c) => c.id === info.courseId) ?? null;
  return {
    input,
    labels,
    course,
    courseName: info.courseName || course?.name || input.title,
    narrative: (id) => {
      const blocks = (input.narrative[id] ?? []).filter((b) => !isBlank(b));
      return blocks.length > 0 ? [{ kind: 'rich', blocks }] : [];
    },
  };
}

/** Empty paragraphs and tables left in the editor are not worth a line in the file. */
function isBlank(block: ExportBlock): boolean {
  if (block.kind === 'paragraph') return !block.runs.some((r) => r.text.trim());
  if (block.kind === 'table') return block.rows.length === 0;
  return false;
}

function titlePage(ctx: Ctx): TitleItem[] {
  const { input, labels, course } = ctx;
  const { info, authors } = input.standard;
  const organisations = [...new Set(authors.map((a) => a.organisation))].join('、');
  const lines: [string, Cell][] = [
    [labels.fields.courseCode, info.courseCode || course?.code],
    [labels.fields.programs, programNames(ctx)],
    [labels.fields.organisation, organisations],
    [labels.fields.versionLabel, info.versionLabel],
    [labels.fields.approvedOn, info.approvedOn],
  ];
  const line = (text: string, size: number, isHeading = false): TitleItem => ({
    kind: 'line',
    text,
    size,
    ...(isHeading ? { heading: true } : {}),
  });
  return [
    line(input.map?.settings.institution ?? '', SIZE.subtitle, true),
    { kind: 'gap', lines: 3 },
    line(labels.lang === 'zh-CN' ? `《${ctx.courseName}》` : ctx.courseName, SIZE.title, true),
    line(labels.courseStandard, SIZE.subtitle, true),
    ...(info.courseNameEn ? [line(info.courseNameEn, SIZE.nameEn)] : []),
    { kind: 'gap', lines: 4 },
    ...lines
      .filter(([, value]) => value !== null && value !== undefined && value !== '')
      .map(([label, value]) => line(`${label}：${value}`, SIZE.field)),
  ];
}

function programNames(ctx: Ctx): string {
  const programs = ctx.input.map?.programs ?? [];
  const ids = ctx.course?.programIds ?? [];
  // A course with no programs listed belongs to every program of the group.
  const named = ids.length ? programs.filter((p) => ids.includes(p.id)) : programs;
  return named.map((p) => p.name).join('、');
}

const SECTION_PARTS: Record<StandardSectionId, (ctx: Ctx) => OutlineBlock[]> = {
  'course-info': courseInfo,
  'nature-positioning': (ctx) => ctx.narrative('nature-positioning'),
  'design-rationale': (ctx) => ctx.narrative('design-rationale'),
  objectives,
  content,
  'teaching-implementation': (ctx) => ctx.narrative('teaching-implementation'),
  assessment,
  resources,
  appendix,
};

function courseInfo(ctx: Ctx): OutlineBlock[] {
  const { labels, course, input } = ctx;
  const { info, authors } = input.standard;
  const f = labels.fields;
  const e = labels.enums;
  const courses = input.map?.courses ?? [];
  const prerequisites = info.prerequisiteIds
    .map((id) => courses.find((c) => c.id === id))
    .map((c) => (c ? `${c.code} ${c.name}` : ''))
    .filter(Boolean)
    .join('、');
  const hours = course
    ? `${course.hoursTheory + course.hoursPractice}（${f.hoursTheory} ${course.hoursTheory}，${f.hoursPractice} ${course.hoursPractice}）`
    : '';
  const nature = course
    ? `${enumLabel(e.nature, course.nature)}${course.isCore ? `（${f.core}）` : ''}`
    : '';
  const pairs: [string, Cell][] = [
    [f.courseCode, info.courseCode || course?.code],
    [f.courseName, ctx.courseName],
    [f.courseNameEn, info.courseNameEn || course?.nameEn],
    [f.programs, programNames(ctx)],
    [f.nature, nature],
    [f.category, enumLabel(e.category, course?.category)],
    [f.hours, hours],
    [f.credits, course?.credits],
    [f.terms, course ? course.terms.map((t) => f.term(t)).join('、') : ''],
    [f.assessment, enumLabel(e.assessment, course?.assessment)],
    [f.deliveredBy, enumLabel(e.deliveredBy, course?.deliveredBy)],
    [f.venue, enumLabel(e.venue, course?.venue)],
    [f.prerequisites, prerequisites || labels.none],
    [f.enterpriseMentor, info.enterpriseMentor ?? course?.enterpriseMentor ?? ''],
  ];
  const out: OutlineBlock[] = [{ kind: 'keyValue', pairs }];
  if (authors.length > 0) {
    out.push(heading(2, labels.headings.authors));
    out.push(
      table(
        [
          { header: f.name, weight: 2 },
          { header: f.side, weight: 1.5, align: 'center' },
          { header: f.organisation, weight: 4 },
          { header: f.role, weight: 2.5 },
        ],
        authors.map((a) => [a.name, enumLabel(e.side, a.side), a.organisation, a.role]),
      ),
    );
  }
  return out;
}

function objectives(ctx: Ctx): OutlineBlock[] {
  const { labels, input } = ctx;
  const f = labels.fields;
  const competencies = new Map((input.map?.competencies ?? []).map((c) => [c.id, c.code]));
  const out: OutlineBlock[] = [];
  for (const dimension of ['knowledge', 'skill', 'quality'] as const) {
    const items = input.standard.objectives.filter((o) => o.dimension === dimension);
    if (items.length === 0) continue;
    out.push(heading(2, `${enumLabel(labels.enums.dimension, dimension)}${f.objective}`));
    out.push(
      table(
        [
          { header: f.code, weight: 1, align: 'center' },
          { header: f.objective, weight: 7 },
          { header: f.competencies, weight: 2.5, align: 'center' },
        ],
        items.map((o) => [
          o.code,
          labels.lang === 'en' && o.textEn ? o.textEn : o.text,
          Object.entries(o.competencies)
            .map(([id, level]) => `${competencies.get(id) ?? id}（${level}）`)
            .join('、'),
        ]),
      ),
    );
  }
  return out;
}

function content(ctx: Ctx): OutlineBlock[] {
  const { labels, input } = ctx;
  const f = labels.fields;
  const e = labels.enums;
  const units = input.standard.units;
  const theory = units.reduce((acc, u) => acc + u.hoursTheory, 0);
  const practice = units.reduce((acc, u) => acc + u.hoursPractice, 0);
  const out: OutlineBlock[] = [heading(2, labels.headings.contentUnits)];
  out.push(
    table(
      [
        { header: f.index, weight: 0.8, align: 'center' },
        { header: f.module, weight: 2 },
        { header: f.task, weight: 2.2 },
        { header: f.requirements, weight: 4.5 },
        { header: f.hoursTheory, weight: 1.1 },
        { header: f.hoursPractice, weight: 1.1 },
        { header: f.venue, weight: 1.3, align: 'center' },
        { header: f.deliveredBy, weight: 1.3, align: 'center' },
        { header: f.certificateItem, weight: 2.4 },
      ],
      units.map((u, i) => [
        i + 1,
        u.module,
        u.task,
        u.requirements,
        u.hoursTheory,
        u.hoursPractice,
        enumLabel(e.venue, u.venue),
        enumLabel(e.deliveredBy, u.deliveredBy),
        u.certificateItem ?? '',
      ]),
      [f.total, '', '', '', theory, practice, '', '', ''],
    ),
  );
  out.push(heading(2, labels.headings.hoursByModule));
  const modules = new Map<string, { theory: number; practice: number }>();
  for (const u of units) {
    const m = modules.get(u.module) ?? { theory: 0, practice: 0 };
    m.theory += u.hoursTheory;
    m.practice += u.hoursPractice;
    modules.set(u.module, m);
  }
  out.push(
    table(
      [
        { header: f.module, weight: 4 },
        { header: f.hoursTheory, weight: 1.5 },
        { header: f.hoursPractice, weight: 1.5 },
        { header: f.subtotal, weight: 1.5 },
      ],
      [...modules].map(([name, h]) => [name, h.theory, h.practice, h.theory + h.practice]),
      [f.total, theory, practice, theory + practice],
    ),
  );
  return out;
}

function assessment(ctx: Ctx): OutlineBlock[] {
  const { labels, input } = ctx;
  const f = labels.fields;
  const items = input.standard.assessment;
  const out = ctx.narrative('assessment');
  if (items.length === 0) return out;
  out.push(heading(2, labels.headings.assessmentItems));
  out.push(
    table(
      [
        { header: f.kind, weight: 1.6, align: 'center' },
        { header: f.item, weight: 2.4 },
        { header: f.method, weight: 5 },
        { header: f.weight, weight: 1.3 },
      ],
      items.map((a) => [
        enumLabel(labels.enums.assessmentKind, a.kind),
        labels.lang === 'en' && a.nameEn ? a.nameEn : a.name,
        a.method,
        a.weight,
      ]),
      [f.total, '', '', items.reduce((acc, a) => acc + a.weight, 0)],
    ),
  );
  return out;
}

function resources(ctx: Ctx): OutlineBlock[] {
  const { labels, input } = ctx;
  const f = labels.fields;
  // Confidential enterprise cases and data stay in Tandem: a submitted file travels.
  const listed = input.standard.resources.filter((r) => !r.confidential);
  const hidden = input.standard.resources.length - listed.length;
  const out = ctx.narrative('resources');
  if (listed.length > 0) {
    out.push(heading(2, labels.headings.resourceList));
    out.push(
      table(
        [
          { header: f.kind, weight: 1.4, align: 'center' },
          { header: f.title, weight: 4 },
          { header: f.detail, weight: 5 },
        ],
        listed.map((r) => [
          enumLabel(labels.enums.resourceKind, r.kind),
          labels.lang === 'en' && r.titleEn ? r.titleEn : r.title,
          r.detail,
        ]),
      ),
    );
  }
  if (hidden > 0) out.push(paragraph(labels.confidentialLeftOut(hidden)));
  return out;
}

function appendix(ctx: Ctx): OutlineBlock[] {
  const { labels, input } = ctx;
  const { info } = input.standard;
  const f = labels.fields;
  const out = ctx.narrative('appendix');
  if (info.versionLabel || info.approvedBy || info.approvedOn) {
    out.push(heading(2, labels.headings.approval));
    out.push({
      kind: 'keyValue',
      pairs: [
        [f.versionLabel, info.versionLabel],
        [f.approvedOn, info.approvedOn],
        [f.approvedBy, info.approvedBy],
      ],
    });
  }
  if (out.length === 0) out.push({ kind: 'gap', lines: 1 });
  return out;
}
