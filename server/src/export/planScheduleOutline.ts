import type { planSchedule, RuleResult } from '@tandem/domain';
import { type ExportLabels, enumLabel, renderMessage } from './labels';
import {
  type Cell,
  col,
  formatNumber,
  heading,
  type OutlineBlock,
  type OutlineColumn,
  paragraph,
  table,
} from './outline';
import type { PlanLabels } from './planLabels';

type PlanSchedule = ReturnType<typeof planSchedule>;

const SCHEDULE_RULES = new Set(['R1', 'R2', 'R3', 'R4', 'R5', 'R16']);

/**
 * §7 of a talent plan's file: the term-by-term schedule of the program's courses (a landscape
 * table with weekly hours grouped over terms 1–6, group subtotals and totals), the hours and
 * credits summary, and the schedule's rule results (R1–R5, R16) as the report computes them.
 */
export function scheduleOutline(
  schedule: PlanSchedule,
  results: readonly RuleResult[],
  base: ExportLabels,
  labels: PlanLabels,
): OutlineBlock[] {
  const f = base.fields;
  const e = base.enums;
  const rows: Cell[][] = [];
  const groupRows: number[] = [];
  for (const block of schedule.blocks) {
    for (const { course: c, weekly } of block.rows) {
      rows.push([
        c.code,
        c.name,
        enumLabel(e.category, c.category),
        enumLabel(e.nature, c.nature),
        c.credits,
        c.hoursTheory + c.hoursPractice,
        c.hoursTheory,
        c.hoursPractice,
        ...weekly.map(
          (w, i) =>
            w ??
            (c.blockWeeks !== null && c.terms.includes(i + 1)
              ? base.blockPractice(c.blockWeeks)
              : null),
        ),
        enumLabel(e.assessment, c.assessment),
        enumLabel(e.deliveredBy, c.deliveredBy),
      ]);
    }
    const s = block.subtotal;
    groupRows.push(rows.length);
    rows.push([
      `${f.subtotal}`,
      block.group?.name ?? '',
      null,
      null,
      s.credits,
      s.hours,
      s.hoursTheory,
      s.hoursPractice,
      ...[1, 2, 3, 4, 5, 6].map(() => null),
      null,
      null,
    ]);
  }
  const t = schedule.totals;
  const load = schedule.rollups.weeklyLoad.map((l) =>
    l.hours > 0 ? Math.round(l.hours * 10) / 10 : null,
  );
  const columns: OutlineColumn[] = [
    col(f.courseCode, 1.1),
    col(f.courseName, 3),
    col(labels.fields.courseType, 1),
    col(f.nature, 0.9),
    col(f.credits, 0.7),
    col(f.hoursTotal, 0.8),
    col(f.hoursTheory, 0.8),
    col(f.hoursPractice, 0.8),
    ...[1, 2, 3, 4, 5, 6].map((n) => col(labels.fields.termShort(n), 0.55, 'center')),
    col(f.assessment, 0.8),
    col(f.deliveredBy, 0.9),
  ];
  return [
    heading(2, labels.headings.schedule),
    {
      kind: 'table',
      columns,
      headerGroups: [
        { text: '', span: 8 },
        { text: labels.fields.weeklyByTerm, span: 6 },
        { text: '', span: 2 },
      ],
      rows,
      groupRows,
      total: [
        f.total,
        '',
        '',
        '',
        t.credits,
        t.hours,
        t.hoursTheory,
        t.hoursPractice,
        ...load,
        '',
        '',
      ],
      landscape: true,
    },
    heading(2, labels.headings.hoursSummary),
    ...hoursSummary(schedule, results, base, labels),
  ];
}

function hoursSummary(
  schedule: PlanSchedule,
  ruleResults: readonly RuleResult[],
  base: ExportLabels,
  labels: PlanLabels,
): OutlineBlock[] {
  const r = schedule.rollups;
  const pct = (part: number) =>
    r.totalHours > 0 ? `${formatNumber((part / r.totalHours) * 100)}%` : '';
  const summary = table(
    [col(labels.fields.category, 3), col(base.fields.hours, 1.5), col(labels.fields.ratio, 1.5)],
    [
      [labels.hoursRows.total, r.totalHours, '100%'],
      [labels.hoursRows.theory, r.theoryHours, pct(r.theoryHours)],
      [labels.hoursRows.practice, r.practiceHours, pct(r.practiceHours)],
      [labels.hoursRows.publicFoundation, r.publicFoundationHours, pct(r.publicFoundationHours)],
      [labels.hoursRows.elective, r.electiveHours, pct(r.electiveHours)],
      [labels.hoursRows.credits, r.totalCredits, ''],
    ],
  );
  const results = ruleResults.filter((x) => SCHEDULE_RULES.has(x.ruleId));
  const checks: OutlineBlock[] =
    results.length === 0
      ? [paragraph(labels.fields.rulesPass)]
      : [
          table(
            [
              col(base.fields.rule, 0.8),
              col(base.fields.severity, 0.9),
              col(base.fields.message, 6),
            ],
            results.map((x) => [
              x.ruleId,
              enumLabel(base.enums.severity, x.severity),
              renderMessage(base, x.message),
            ]),
          ),
        ];
  return [summary, heading(2, labels.fields.rulesHeading), ...checks];
}
