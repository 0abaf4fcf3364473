import {
  addStandardEntity,
  STANDARD_ROOTS,
  STANDARD_SECTIONS,
  type StandardCollection,
  type StandardEntityInput,
  sectionRootName,
  standardSectionTitlesEn,
  standardSectionTitlesZh,
  validateStandardField,
} from '@tandem/domain';
import type { DocImportProfile, DocSection } from '../DocImportProfile';
import { codesIn, completeCode } from './completeCode';
import { COURSE_STANDARD_TABLES } from './courseStandardTables';

/** Titles colleges' existing standards use besides the template's own. */
const ALIASES: Record<keyof typeof standardSectionTitlesEn, readonly string[]> = {
  'course-info': ['课程信息', '基本信息', '课程概况', 'Course info'],
  'nature-positioning': [
    '课程性质',
    '课程定位',
    '课程性质与任务',
    '课程性质与作用',
    'Course nature',
  ],
  'design-rationale': ['设计思路', '课程设计理念与思路', '课程设计理念', 'Course design'],
  objectives: ['教学目标', '课程教学目标', 'Course objectives'],
  content: ['课程内容', '教学内容', '课程内容与学时安排', '教学内容与要求', 'Course content'],
  'teaching-implementation': ['实施建议', '教学实施建议', '课程实施', '教学方法', 'Implementation'],
  assessment: ['考核评价', '考核与评价', '课程考核与评价', '教学评价', '考核方式', 'Evaluation'],
  resources: ['课程资源', '教学资源开发与利用', '教材与资源', '教学条件', 'Teaching resources'],
  appendix: ['附件', 'Annex'],
};

const SECTIONS: readonly DocSection[] = STANDARD_SECTIONS.map((s) => ({
  id: s.id,
  title: { 'zh-CN': standardSectionTitlesZh[s.id], en: standardSectionTitlesEn[s.id] },
  aliases: ALIASES[s.id],
  rootName: s.narrative ? sectionRootName(s.id) : null,
}));

/** An objective's code letter by dimension (K1, S1, Q1). */
const OBJECTIVE_PREFIXES = { knowledge: 'K', skill: 'S', quality: 'Q' };

/** What a unit added by hand starts with; a table with one of module/task gives it to both. */
function completeUnit(values: Record<string, unknown>) {
  values.deliveredBy ??= 'school';
  values.module ??= values.task;
  values.task ??= values.module;
  return values;
}

/** A table without a kind column: the item's name says it ("期末考试" is final). */
function completeAssessment(values: Record<string, unknown>) {
  if (values.kind !== undefined) return values;
  const name = String(values.name ?? '').toLowerCase();
  if (/期末|终结|final|exam/.test(name)) values.kind = 'final';
  else if (/证书|certificate/.test(name)) values.kind = 'certificate';
  else if (/企业|enterprise/.test(name)) values.kind = 'enterprise';
  else values.kind = 'process';
  return values;
}

export const courseStandardImport: DocImportProfile = {
  documentType: 'course-standard',
  sections: SECTIONS,
  tables: COURSE_STANDARD_TABLES,
  validateField: (collection, field, raw) =>
    validateStandardField(collection as StandardCollection, field, raw),
  completeRow(collection, input, taken) {
    const values = { ...input };
    if (collection === 'objectives') return completeCode(values, taken, OBJECTIVE_PREFIXES);
    if (collection === 'units') return completeUnit(values);
    if (collection === 'assessment') return completeAssessment(values);
    return values;
  },
  takenCodes: (doc, collection) =>
    collection === 'objectives' ? codesIn(doc, STANDARD_ROOTS.objectives) : new Set(),
  addRow: (doc, collection, values, origin) =>
    addStandardEntity(
      doc,
      collection as StandardCollection,
      values as StandardEntityInput<StandardCollection>,
      origin,
    ),
};
