import {
  type Course,
  type CurriculumMapSnapshot,
  groupsInTreeOrder,
  PLAN_SECTIONS,
  type PlanSectionId,
  planSchedule,
  type RuleResult,
  type TalentPlanSnapshot,
} from '@tandem/domain';
import { type ExportLabels, enumLabel } from './labels';
import {
  type Cell,
  col,
  type ExportOutline,
  heading,
  type OutlineBlock,
  paragraph,
  type TitleItem,
  table,
} from './outline';
import type { PlanLabels } from './planLabels';
import { scheduleOutline } from './planScheduleOutline';
import type { ExportBlock } from './readRichBlocks';

/** Everything a plan's file shows: its own parts and, from the linked map, its program's courses. */
export interface TalentPlanExport {
  title: string;
  plan: TalentPlanSnapshot;
  map: CurriculumMapSnapshot | null;
  /** The plan's rule results, as its report computes them. */
  results: RuleResult[];
  narrative: Partial<Record<PlanSectionId, ExportBlock[]>>;
}

/** Title page sizes in points: 二号 title, 三号 subtitle, 四号 fields. */
const SIZE = { title: 22, subtitle: 16, field: 14 } as const;

interface Ctx {
  input: TalentPlanExport;
  base: ExportLabels;
  labels: PlanLabels;
  programId: string | null;
  courses: Course[];
  narrative(id: PlanSectionId): OutlineBlock[];
}

/** A talent cultivation plan as colleges submit it: a title page, then sections 一 to 十四. */
export function talentPlanOutline(
  input: TalentPlanExport,
  base: ExportLabels,
  labels: PlanLabels,
): ExportOutline {
  const programId = input.plan.info.programId;
  const known = Boolean(programId && input.map?.programs.some((p) => p.id === programId));
  const schedule = known && input.map && programId ? planSchedule(input.map, programId) : null;
  const ctx: Ctx = {
    input,
    base,
    labels,
    programId: known ? programId : null,
    courses: schedule ? schedule.blocks.flatMap((b) => b.rows.map((r) => r.course)) : [],
    narrative: (id) => {
      const blocks = (input.narrative[id] ?? []).filter((b) => !isBlank(b));
      return blocks.length > 0 ? [{ kind: 'rich', blocks }] : [];
    },
  };
  const parts: Record<PlanSectionId, () => OutlineBlock[]> = {
    program: () => programInfo(ctx),
    entry: () =>
      input.plan.info.entryRequirements ? [paragraph(input.plan.info.entryRequirements)] : [],
    duration: () => duration(ctx),
    career: () => [...careerTables(ctx), ...ctx.narrative('career')],
    objectives: () => [...ctx.narrative('objectives'), ...specifications(ctx)],
    curriculum: () => [...ctx.narrative('curriculum'), ...courseList(ctx)],
    schedule: () => (schedule ? scheduleOutline(schedule, input.results, base, labels) : []),
    practice: () => [...practiceCourses(ctx), ...ctx.narrative('practice')],
    teachers: () => [...teachers(ctx), ...ctx.narrative('teachers')],
    conditions: () => ctx.narrative('conditions'),
    assessment: () => ctx.narrative('assessment'),
    guarantees: () => ctx.narrative('guarantees'),
    graduation: () => [
      ...graduation(ctx, schedule?.totals.credits ?? 0),
      ...ctx.narrative('graduation'),
    ],
    appendix: () => ctx.narrative('appendix'),
  };
  const body: OutlineBlock[] = [];
  for (const section of PLAN_SECTIONS) {
    body.push(heading(1, labels.sections[section.id]));
    const blocks = parts[section.id]();
    body.push(...(blocks.length > 0 ? blocks : [paragraph(base.none)]));
  }
  return { title: input.title, lang: base.lang, titlePage: titlePage(ctx), body };
}

function program(ctx: Ctx) {
  return ctx.input.map?.programs.find((p) => p.id === ctx.programId) ?? null;
}

function titlePage(ctx: Ctx): TitleItem[] {
  const { input, labels } = ctx;
  const { info } = input.plan;
  const p = program(ctx);
  const line = (text: string, size: number, isHeading = false): TitleItem => ({
    kind: 'line',
    text,
    size,
    ...(isHeading ? { heading: true } : {}),
  });
  const fields: [string, Cell][] = [
    [labels.fields.programName, p?.name],
    [labels.fields.programCode, p?.code],
    [labels.fields.cohort, info.cohortYear ? labels.fields.cohortYear(info.cohortYear) : null],
    [ctx.base.fields.versionLabel, info.versionLabel],
    [ctx.base.fields.approvedOn, info.approvedOn],
  ];
  return [
    line(input.map?.settings.institution ?? '', SIZE.subtitle, true),
    { kind: 'gap', lines: 3 },
    line(p ? `${p.name}${ctx.base.lang === 'zh-CN' ? '专业' : ''}` : input.title, SIZE.title, true),
    line(labels.talentPlan, SIZE.title, true),
    { kind: 'gap', lines: 4 },
    ...fields
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([label, v]) => line(`${label}：${v}`, SIZE.field)),
  ];
}

function programInfo(ctx: Ctx): OutlineBlock[] {
  const { info } = ctx.input.plan;
  const f = ctx.labels.fields;
  const p = program(ctx);
  return [
    {
      kind: 'keyValue',
      pairs: [
        [f.programName, p?.name],
        [f.programCode, p?.code],
        [f.professionalGroup, ctx.input.map?.settings.name],
        [f.educationLevel, info.educationLevel],
        [f.cohort, info.cohortYear ? f.cohortYear(info.cohortYear) : null],
      ],
    },
  ];
}

function duration(ctx: Ctx): OutlineBlock[] {
  const { lengthYears, maxLengthYears } = ctx.input.plan.info;
  return lengthYears ? [paragraph(ctx.labels.fields.length(lengthYears, maxLengthYears))] : [];
}

/** Rows for the program: listed for it, or for every program when a row names none. */
function forProgram<T extends { programIds: string[] }>(ctx: Ctx, rows: readonly T[]): T[] {
  const id = ctx.programId;
  return rows.filter((r) => !id || r.programIds.length === 0 || r.programIds.includes(id));
}

function careerTables(ctx: Ctx): OutlineBlock[] {
  const map = ctx.input.map;
  if (!map) return [];
  const { labels, base } = ctx;
  const positions = forProgram(ctx, map.positions);
  const certificates = forProgram(ctx, map.certificates);
  const out: OutlineBlock[] = [];
  if (positions.length > 0) {
    out.push(heading(2, labels.headings.positions));
    out.push(
      table(
        [
          col(base.fields.index, 0.6),
          col(labels.fields.position, 2),
          col(labels.fields.positionTasks, 5),
        ],
        positions.map((p, i) => [
          i + 1,
          p.name,
          map.tasks
            .filter((t) => t.positionId === p.id)
            .map((t) => t.name)
            .join('；') || p.description,
        ]),
      ),
    );
  }
  if (certificates.length > 0) {
    out.push(heading(2, labels.headings.certificates));
    out.push(
      table(
        [
          col(base.fields.index, 0.6),
          col(labels.fields.certificate, 4),
          col(labels.fields.level, 1.2),
          col(labels.fields.issuer, 2.5),
        ],
        certificates.map((c, i) => [
          i + 1,
          c.name,
          enumLabel(base.enums.certificateLevel, c.level),
          c.issuer,
        ]),
      ),
    );
  }
  return out;
}

function specifications(ctx: Ctx): OutlineBlock[] {
  const { specs } = ctx.input.plan;
  if (specs.length === 0) return [];
  const { base, labels } = ctx;
  const byId = new Map(ctx.courses.map((c) => [c.id, c]));
  const rows = specs.map((s) => [
    s.code,
    enumLabel(base.enums.specDimension, s.dimension),
    s.text,
    Object.entries(s.courses)
      .filter(([id]) => byId.has(id))
      .map(([id, level]) => `${byId.get(id)?.name}（${level}）`)
      .join('、'),
  ]);
  return [
    heading(2, labels.headings.specifications),
    table(
      [
        col(base.fields.code, 0.8),
        col(base.fields.dimension, 0.9),
        col(labels.fields.specification, 5),
        col(labels.fields.reachedBy, 3.2),
      ],
      rows,
    ),
  ];
}

function courseList(ctx: Ctx): OutlineBlock[] {
  const map = ctx.input.map;
  if (!map || ctx.courses.length === 0) return [];
  const { base, labels } = ctx;
  const f = base.fields;
  const rows: Cell[][] = [];
  const groupRows: number[] = [];
  for (const group of groupsInTreeOrder(map.groups)) {
    const courses = ctx.courses.filter((c) => c.groupId === group.id);
    if (courses.length === 0) continue;
    groupRows.push(rows.length);
    rows.push([group.name, null, null, null, null, null]);
    for (const c of courses) {
      rows.push([
        c.code,
        c.name,
        enumLabel(base.enums.nature, c.nature),
        c.isCore ? base.yes : '',
        c.hoursTheory + c.hoursPractice,
        c.credits,
      ]);
    }
  }
  return [
    heading(2, labels.headings.courseList),
    {
      kind: 'table',
      columns: [
        col(f.courseCode, 1.2),
        col(f.courseName, 4),
        col(f.nature, 1),
        col(f.core, 0.8),
        col(f.hoursTotal, 1),
        col(f.credits, 0.8),
      ],
      rows,
      groupRows,
    },
  ];
}

function practiceCourses(ctx: Ctx): OutlineBlock[] {
  const { base, labels } = ctx;
  const f = base.fields;
  const practice = ctx.courses.filter((c) => c.category === 'practice' || c.blockWeeks !== null);
  if (practice.length === 0) return [];
  return [
    heading(2, labels.headings.practiceCourses),
    table(
      [
        col(f.courseCode, 1.1),
        col(f.courseName, 3),
        col(f.hoursPractice, 1),
        col(f.blockWeeks, 1),
        col(f.terms, 1),
        col(f.venue, 1.1),
        col(f.deliveredBy, 1.1),
      ],
      practice.map((c) => [
        c.code,
        c.name,
        c.hoursPractice,
        c.blockWeeks,
        c.terms.join('、'),
        enumLabel(base.enums.venue, c.venue),
        enumLabel(base.enums.deliveredBy, c.deliveredBy),
      ]),
    ),
  ];
}

function teachers(ctx: Ctx): OutlineBlock[] {
  const list = ctx.input.plan.teachers;
  if (list.length === 0) return [];
  const { base, labels } = ctx;
  const f = base.fields;
  const names = new Map((ctx.input.map?.courses ?? []).map((c) => [c.id, c.name]));
  const count = (side: string) => list.filter((t) => t.side === side).length;
  return [
    heading(2, labels.headings.teacherList),
    paragraph(
      labels.fields.teamSummary(
        count('school'),
        count('enterprise'),
        list.filter((t) => t.dualQualified).length,
      ),
    ),
    table(
      [
        col(f.name, 1),
        col(f.side, 0.8),
        col(f.organisation, 2),
        col(labels.fields.teacherTitle, 1.3),
        col(labels.fields.teacherRole, 1.2),
        col(labels.fields.dualQualified, 0.8),
        col(labels.fields.coursesTaught, 2.6),
      ],
      list.map((t) => [
        t.name,
        enumLabel(base.enums.side, t.side),
        t.organisation,
        t.title,
        enumLabel(base.enums.teacherRole, t.role),
        t.dualQualified ? base.yes : '',
        t.courseIds.map((id) => names.get(id) ?? id).join('、'),
      ]),
    ),
  ];
}

function graduation(ctx: Ctx, totalCredits: number): OutlineBlock[] {
  const min = ctx.input.plan.info.minCredits;
  const total = Math.round(totalCredits * 10) / 10;
  return [
    paragraph(
      min !== null ? ctx.labels.fields.minCredits(min, total) : ctx.labels.fields.allCourses(total),
    ),
  ];
}

/** Empty paragraphs and tables left in the editor are not worth a line in the file. */
function isBlank(block: ExportBlock): boolean {
  if (block.kind === 'paragraph') return !block.runs.some((r) => r.text.trim());
  if (block.kind === 'table') return block.rows.length === 0;
  return false;
}
