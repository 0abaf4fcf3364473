import {
  type Course,
  type CourseGroup,
  type CurriculumMapSnapshot,
  computeRollups,
  type PlanRollups,
  type PolicyProfile,
  planCourses,
  type RuleResult,
  TERM_KEYS,
} from '@tandem/domain';
import type ExcelJS from 'exceljs';
import { type ExportLabels, enumLabel, renderMessage } from './labels';
import {
  addSheet,
  colLetter,
  formula,
  newWorkbook,
  PERCENT_FORMAT,
  styleBody,
  styleHeader,
} from './workbookParts';

export interface CurriculumMapExport {
  title: string;
  snapshot: CurriculumMapSnapshot;
  profile: PolicyProfile;
  results: RuleResult[];
}

/**
 * The curriculum map as a workbook, one sheet per view: the courses by group with their hours,
 * each program's term-by-term weekly hours, the alignment matrix and the rule results. Hours are
 * numbers and totals are formulas over them, so a coordinator can keep working in Excel.
 */
export async function curriculumMapXlsx(
  input: CurriculumMapExport,
  labels: ExportLabels,
): Promise<Buffer> {
  const wb = newWorkbook(input.title);
  coursesSheet(wb, input, labels);
  const programs = input.snapshot.programs.length
    ? input.snapshot.programs.map((p) => ({ id: p.id as string | undefined, name: p.name }))
    : [{ id: undefined, name: labels.wholeGroup }];
  for (const program of programs) weeklySheet(wb, input, labels, program);
  matrixSheet(wb, input, labels);
  rulesSheet(wb, input, labels);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Columns of the courses sheet; numeric ones are summed in group and total rows. */
const COURSE_COLUMNS = [
  'code',
  'name',
  'nature',
  'core',
  'category',
  'theory',
  'practice',
  'total',
  'credits',
  'terms',
  'blockWeeks',
  'assessment',
  'deliveredBy',
  'venue',
  'programs',
  'share',
  'counted',
] as const;
type CourseColumn = (typeof COURSE_COLUMNS)[number];
const SUMMED: CourseColumn[] = ['theory', 'practice', 'total', 'credits', 'counted'];
const col = (c: CourseColumn) => COURSE_COLUMNS.indexOf(c) + 1;

function coursesSheet(wb: ExcelJS.Workbook, input: CurriculumMapExport, labels: ExportLabels) {
  const f = labels.fields;
  const e = labels.enums;
  const { snapshot } = input;
  const headers: Record<CourseColumn, [string, number]> = {
    code: [f.code, 10],
    name: [f.courseName, 28],
    nature: [f.nature, 9],
    core: [f.core, 6],
    category: [f.category, 10],
    theory: [f.hoursTheory, 9],
    practice: [f.hoursPractice, 9],
    total: [f.hoursTotal, 9],
    credits: [f.credits, 7],
    terms: [f.terms, 10],
    blockWeeks: [f.blockWeeks, 9],
    assessment: [f.assessment, 9],
    deliveredBy: [f.deliveredBy, 10],
    venue: [f.venue, 10],
    programs: [f.programs, 24],
    share: [f.share, 9],
    counted: [f.countedHours, 9],
  };
  const ws = addSheet(
    wb,
    labels.sheets.courses,
    COURSE_COLUMNS.map((c) => ({
      header: headers[c][0],
      width: headers[c][1],
      numeric: SUMMED.includes(c),
    })),
    2,
  );
  ws.getColumn(col('share')).numFmt = PERCENT_FORMAT;
  const programName = new Map(snapshot.programs.map((p) => [p.id, p.name]));
  const shares = new Map(planCourses(snapshot).map((p) => [p.course.id, p.share]));
  const L = (c: CourseColumn) => colLetter(ws, col(c));

  const courseRow = (course: Course) => {
    const share = shares.get(course.id) ?? 1;
    const total = course.hoursTheory + course.hoursPractice;
    const r = ws.rowCount + 1;
    const values: Record<CourseColumn, ExcelJS.CellValue> = {
      code: course.code,
      name: course.name,
      nature: enumLabel(e.nature, course.nature),
      core: course.isCore ? labels.yes : '',
      category: enumLabel(e.category, course.category),
      theory: course.hoursTheory,
      practice: course.hoursPractice,
      total: formula(`${L('theory')}${r}+${L('practice')}${r}`, total),
      credits: course.credits,
      terms: course.terms.join('、'),
      blockWeeks: course.blockWeeks,
      assessment: enumLabel(e.assessment, course.assessment),
      deliveredBy: enumLabel(e.deliveredBy, course.deliveredBy),
      venue: enumLabel(e.venue, course.venue),
      programs: course.programIds.map((id) => programName.get(id) ?? id).join('、'),
      share,
      counted: formula(`${L('total')}${r}*${L('share')}${r}`, total * share),
    };
    styleBody(ws.addRow(COURSE_COLUMNS.map((c) => values[c])), COURSE_COLUMNS.length);
    return {
      theory: course.hoursTheory,
      practice: course.hoursPractice,
      total,
      credits: course.credits,
      counted: total * share,
    };
  };

  type Sums = Record<'theory' | 'practice' | 'total' | 'credits' | 'counted', number>;
  const zero = (): Sums => ({ theory: 0, practice: 0, total: 0, credits: 0, counted: 0 });
  const add = (a: Sums, b: Sums) => {
    for (const k of Object.keys(a) as (keyof Sums)[]) a[k] += b[k];
  };
  // SUBTOTAL(9, …) leaves out other SUBTOTAL cells, so a group's row can sum its whole subtree
  // (nested groups' rows included) and the total row the whole sheet, without counting twice.
  const subtotalRow = (
    row: ExcelJS.Row,
    from: number,
    to: number,
    sums: Sums,
    kind: 'group' | 'total',
  ) => {
    for (const c of SUMMED) {
      const range = `${L(c)}${from}:${L(c)}${Math.max(from, to)}`;
      row.getCell(col(c)).value = formula(`SUBTOTAL(9,${range})`, sums[c as keyof Sums]);
    }
    styleBody(row, COURSE_COLUMNS.length, kind);
  };

  const children = (parentId: string | null) =>
    snapshot.groups.filter((g) => g.parentId === parentId);
  const writeGroup = (group: CourseGroup, path: string[]): Sums => {
    const label = [...path, group.name].join(' › ');
    const header = ws.addRow([`${enumLabel(e.groupKind, group.kind)}：${label}`]);
    const from = ws.rowCount + 1;
    const sums = zero();
    for (const course of snapshot.courses.filter((c) => c.groupId === group.id))
      add(sums, courseRow(course));
    for (const child of children(group.id)) add(sums, writeGroup(child, [...path, group.name]));
    subtotalRow(header, from, ws.rowCount, sums, 'group');
    ws.mergeCells(header.number, 1, header.number, col('category'));
    return sums;
  };

  const first = 2;
  const total = zero();
  const known = new Set(snapshot.groups.map((g) => g.id));
  for (const group of snapshot.groups.filter((g) => !g.parentId || !known.has(g.parentId)))
    add(total, writeGroup(group, []));
  for (const course of snapshot.courses.filter((c) => !known.has(c.groupId)))
    add(total, courseRow(course));
  const last = ws.rowCount;
  const totalRow = ws.addRow([f.total]);
  subtotalRow(totalRow, first, last, total, 'total');
  ws.mergeCells(totalRow.number, 1, totalRow.number, col('category'));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: last, column: COURSE_COLUMNS.length } };
}

function weeklySheet(
  wb: ExcelJS.Workbook,
  input: CurriculumMapExport,
  labels: ExportLabels,
  program: { id: string | undefined; name: string },
) {
  const f = labels.fields;
  const { snapshot, profile } = input;
  const weeks = profile.rules.R16.teachingWeeksPerTerm;
  const ws = addSheet(
    wb,
    `${labels.sheets.weekly}·${program.name}`,
    [
      { header: f.code, width: 10 },
      { header: f.courseName, width: 28 },
      { header: f.nature, width: 9 },
      { header: f.share, width: 9 },
      ...TERM_KEYS.map((t) => ({ header: f.term(Number(t)), width: 9, numeric: true })),
      { header: f.blockWeeks, width: 10 },
    ],
    2,
  );
  ws.getColumn(4).numFmt = PERCENT_FORMAT;
  const plan = planCourses(snapshot, program.id);
  for (const { course, hours, share } of plan) {
    const weekly = TERM_KEYS.map((t) => {
      if (course.blockWeeks !== null || !course.terms.includes(Number(t))) return null;
      // The same rule as the domain's weekly load: the hours given, else spread over the terms.
      return course.weeklyHours[t] ?? hours / (course.terms.length * weeks);
    });
    const block = course.blockWeeks !== null ? labels.blockPractice(course.blockWeeks) : '';
    const row = ws.addRow([
      course.code,
      course.name,
      enumLabel(labels.enums.nature, course.nature),
      share,
      ...weekly,
      block,
    ]);
    styleBody(row, 11);
  }
  const last = ws.rowCount;
  const load = computeRollups(snapshot, program.id, weeks).weeklyLoad;
  const shareRange = `$D$2:$D$${Math.max(2, last)}`;
  const totals = ws.addRow([f.weeklyTotal]);
  TERM_KEYS.forEach((t, i) => {
    const L = colLetter(ws, 5 + i);
    const value = load.find((l) => l.term === Number(t))?.hours ?? 0;
    totals.getCell(5 + i).value = formula(
      `SUMPRODUCT(${shareRange},${L}2:${L}${Math.max(2, last)})`,
      value,
    );
  });
  styleBody(totals, 11, 'total');
  const limit = ws.addRow([
    f.weeklyLimit,
    '',
    '',
    '',
    ...TERM_KEYS.map(() => profile.rules.R16.maxWeeklyHours),
  ]);
  styleBody(limit, 11, 'total');
  ws.mergeCells(totals.number, 1, totals.number, 4);
  ws.mergeCells(limit.number, 1, limit.number, 4);
  // A term over the limit shows red, as the map's weekly-load bar does.
  const first = colLetter(ws, 5);
  ws.addConditionalFormatting({
    ref: `${first}${totals.number}:${colLetter(ws, 10)}${totals.number}`,
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [`${first}${totals.number}>${first}${limit.number}`],
        style: { font: { color: { argb: 'FFC00000' }, bold: true } },
      },
    ],
  });
}

function matrixSheet(wb: ExcelJS.Workbook, input: CurriculumMapExport, labels: ExportLabels) {
  const { snapshot } = input;
  const f = labels.fields;
  const taskPosition = new Map(snapshot.tasks.map((t) => [t.id, t.positionId]));
  const positionName = new Map(snapshot.positions.map((p) => [p.id, p.name]));
  // Columns: competencies under their position, then certificates, competitions and positions.
  const targets: { kind: string; id: string; group: string; label: string }[] = [
    ...snapshot.competencies.map((c) => ({
      kind: 'course-competency',
      id: c.id,
      group: positionName.get(taskPosition.get(c.taskId) ?? '') ?? '',
      label: `${c.code} ${c.name}`,
    })),
    ...snapshot.certificates.map((c) => ({
      kind: 'course-certificate',
      id: c.id,
      group: labels.enums.alignmentKind['course-certificate'] ?? '',
      label: c.name,
    })),
    ...snapshot.competitions.map((c) => ({
      kind: 'course-competition',
      id: c.id,
      group: labels.enums.alignmentKind['course-competition'] ?? '',
      label: c.name,
    })),
    ...snapshot.positions.map((p) => ({
      kind: 'position-course',
      id: p.id,
      group: labels.enums.alignmentKind['position-course'] ?? '',
      label: p.name,
    })),
  ];
  const ws = addSheet(
    wb,
    labels.sheets.matrix,
    [
      { header: f.code, width: 10 },
      { header: f.courseName, width: 26 },
      ...targets.map((t) => ({ header: t.label, width: 8 })),
    ],
    2,
  );
  // A row above the targets names the position (or kind) each run of columns belongs to.
  ws.spliceRows(1, 0, ['', '', ...targets.map((t) => t.group)]);
  ws.views = [{ state: 'frozen', ySplit: 2, xSplit: 2 }];
  ws.pageSetup.printTitlesRow = '1:2';
  styleHeader(ws.getRow(1));
  ws.getRow(2).height = 90;
  ws.getRow(2).eachCell((cell, n) => {
    if (n > 2)
      cell.alignment = {
        textRotation: 90,
        vertical: 'bottom',
        horizontal: 'center',
        wrapText: true,
      };
  });
  let start = 3;
  for (let i = 1; i <= targets.length; i += 1) {
    const current = targets[i - 1];
    const next = targets[i];
    if (!next || next.group !== current?.group || next.kind !== current?.kind) {
      if (i + 2 > start) ws.mergeCells(1, start, 1, i + 2);
      start = i + 3;
    }
  }
  ws.mergeCells(1, 1, 2, 1);
  ws.mergeCells(1, 2, 2, 2);
  ws.getCell(1, 1).value = f.code;
  ws.getCell(1, 2).value = f.course;
  const level = new Map(
    snapshot.alignments.map((a) => [`${a.kind}|${a.courseId}|${a.targetId}`, a.level]),
  );
  for (const course of snapshot.courses) {
    const row = ws.addRow([
      course.code,
      course.name,
      ...targets.map((t) => level.get(`${t.kind}|${course.id}|${t.id}`) ?? null),
    ]);
    styleBody(row, targets.length + 2);
    row.eachCell((cell, n) => {
      if (n > 2) cell.alignment = { horizontal: 'center', vertical: 'middle' };
    });
  }
  const last = ws.rowCount;
  const count = ws.addRow([f.supportingCourses]);
  targets.forEach((t, i) => {
    const L = colLetter(ws, i + 3);
    const n = snapshot.alignments.filter((a) => a.kind === t.kind && a.targetId === t.id).length;
    count.getCell(i + 3).value = formula(`COUNTA(${L}3:${L}${Math.max(3, last)})`, n);
  });
  styleBody(count, targets.length + 2, 'total');
  ws.mergeCells(count.number, 1, count.number, 2);
}

function rulesSheet(wb: ExcelJS.Workbook, input: CurriculumMapExport, labels: ExportLabels) {
  const f = labels.fields;
  const programName = new Map(input.snapshot.programs.map((p) => [p.id, p.name]));
  const ws = addSheet(wb, labels.sheets.rules, [
    { header: f.rule, width: 8 },
    { header: f.severity, width: 8 },
    { header: f.program, width: 16 },
    { header: f.message, width: 70 },
    { header: f.actual, width: 10, numeric: true },
    { header: f.expected, width: 14 },
  ]);
  for (const r of input.results) {
    const expected = r.expected
      ? [
          r.expected.min !== undefined ? `≥ ${r.expected.min}` : '',
          r.expected.max !== undefined ? `≤ ${r.expected.max}` : '',
          r.expected.equals !== undefined ? `= ${r.expected.equals}` : '',
        ]
          .filter(Boolean)
          .join('，')
      : '';
    const row = ws.addRow([
      r.ruleId,
      enumLabel(labels.enums.severity, r.severity),
      r.programId ? (programName.get(r.programId) ?? r.programId) : labels.wholeGroup,
      renderMessage(labels, r.message),
      r.actual,
      expected,
    ]);
    styleBody(row, 6);
    if (r.severity === 'error')
      row.getCell(2).font = { name: 'SimHei', color: { argb: 'FFC00000' } };
  }
  // The rollups the rules judge, beside them: what a reviewer checks first.
  ws.addRow([]);
  const summaryHeader = ws.addRow([
    f.program,
    f.hoursTotal,
    f.hoursPractice,
    labels.lang === 'en' ? 'Practice %' : '实践占比',
    f.credits,
  ]);
  styleHeader(summaryHeader);
  const scopes = [
    { name: labels.wholeGroup, id: undefined as string | undefined },
    ...input.snapshot.programs.map((p) => ({ name: p.name, id: p.id as string | undefined })),
  ];
  for (const scope of scopes) {
    const rollup: PlanRollups = computeRollups(
      input.snapshot,
      scope.id,
      input.profile.rules.R16.teachingWeeksPerTerm,
    );
    const r = ws.rowCount + 1;
    const row = ws.addRow([
      scope.name,
      rollup.totalHours,
      rollup.practiceHours,
      formula(`IF(B${r}=0,0,C${r}/B${r})`, rollup.practiceRatio),
      rollup.totalCredits,
    ]);
    styleBody(row, 5);
    row.getCell(4).numFmt = PERCENT_FORMAT;
  }
}
