import {
  addPlanEntity,
  PLAN_ROOTS,
  PLAN_SECTIONS,
  type PlanCollection,
  type PlanEntityInput,
  planSectionTitlesEn,
  planSectionTitlesZh,
  sectionRootName,
  validatePlanField,
} from '@tandem/domain';
import type { DocImportProfile, DocSection } from '../DocImportProfile';
import { codesIn, completeCode } from './completeCode';
import { TALENT_PLAN_FOREIGN_TABLES, TALENT_PLAN_TABLES } from './talentPlanTables';

/**
 * Titles colleges' plans use besides the template's own. Their files follow the MOE 2019
 * structure (教职成司函〔2019〕61号), where 实施保障 holds 师资队伍, 教学设施, 教学资源, 教学方法,
 * 学习评价 and 质量管理 as sub-headings: each of those starts the section of ours it became.
 */
const ALIASES: Record<keyof typeof planSectionTitlesEn, readonly string[]> = {
  program: [
    '专业名称与代码',
    '专业名称',
    '专业代码',
    '专业名称及专业代码',
    'Program name',
    'Major name and code',
  ],
  entry: ['招生对象', '入学条件', '招生对象与入学要求', 'Admission requirements', 'Admission'],
  duration: ['学制', '基本修业年限', '学制与修业年限', 'Duration', 'Length of schooling'],
  career: [
    '职业面向与岗位',
    '职业面向及岗位',
    '就业面向',
    '职业岗位',
    '面向职业岗位',
    'Career',
    'Occupational orientation',
  ],
  objectives: [
    '培养目标',
    '培养规格',
    '培养目标与规格',
    '人才培养目标',
    '人才培养规格',
    'Training objectives',
    'Training specifications',
    'Objectives and specifications',
  ],
  curriculum: [
    '课程设置',
    '课程体系',
    '课程设置与要求',
    '课程结构',
    '课程体系与课程设置',
    'Curriculum',
    'Courses and requirements',
  ],
  schedule: [
    '教学进程安排',
    '教学计划进程表',
    '教学进程表',
    '教学进程',
    '教学活动时间安排',
    'Schedule',
    'Teaching plan',
  ],
  practice: [
    '实践教学安排',
    '实践教学体系',
    '实践性教学环节',
    '实习实训',
    'Practice',
    'Practical training',
  ],
  teachers: ['教学团队', '师资条件', '师资配置', '专业教学团队', 'Teaching team', 'Teachers'],
  conditions: [
    '教学条件',
    '实训条件',
    '教学设施',
    '教学资源',
    '实践教学条件',
    '实训基地',
    'Teaching conditions',
    'Facilities',
    'Teaching resources',
  ],
  assessment: [
    '教学评价',
    '考核评价',
    '考核与评价',
    '学业评价',
    '评价方式',
    'Assessment',
    'Evaluation',
  ],
  guarantees: [
    '实施保障',
    '质量保证',
    '质量管理',
    '质量保障体系',
    '教学方法',
    'Quality assurance',
    'Quality management',
  ],
  graduation: ['毕业条件', '毕业标准', '毕业资格', 'Graduation'],
  appendix: ['附件', '附表', 'Annex', 'Attachments', 'Appendices'],
};

const SECTIONS: readonly DocSection[] = PLAN_SECTIONS.map((s) => ({
  id: s.id,
  title: { 'zh-CN': planSectionTitlesZh[s.id], en: planSectionTitlesEn[s.id] },
  aliases: ALIASES[s.id],
  rootName: s.narrative ? sectionRootName(s.id) : null,
}));

/** A specification's code letter by dimension (Q1, K1, A1), as the plan's editor codes them. */
const SPEC_PREFIXES = { quality: 'Q', knowledge: 'K', ability: 'A' };

const ENTERPRISE_ROLES = new Set(['enterprise-mentor', 'part-time']);

/**
 * A team table often has no side or role column. The side follows from an enterprise role, else
 * the teacher is the school's; the role from the side, the enterprise half of an MOE team being
 * its 兼职教师. Both stay editable after the import.
 */
function completeTeacher(values: Record<string, unknown>) {
  values.side ??= ENTERPRISE_ROLES.has(String(values.role)) ? 'enterprise' : 'school';
  values.role ??= values.side === 'enterprise' ? 'part-time' : 'core-teacher';
  return values;
}

export const talentPlanImport: DocImportProfile = {
  documentType: 'talent-plan',
  sections: SECTIONS,
  tables: TALENT_PLAN_TABLES,
  foreignTables: TALENT_PLAN_FOREIGN_TABLES,
  validateField: (collection, field, raw) =>
    validatePlanField(collection as PlanCollection, field, raw),
  completeRow(collection, input, taken) {
    const values = { ...input };
    if (collection === 'specs') return completeCode(values, taken, SPEC_PREFIXES);
    if (collection === 'teachers') return completeTeacher(values);
    return values;
  },
  takenCodes: (doc, collection) =>
    collection === 'specs' ? codesIn(doc, PLAN_ROOTS.specs) : new Set(),
  addRow: (doc, collection, values, origin) =>
    addPlanEntity(
      doc,
      collection as PlanCollection,
      values as PlanEntityInput<PlanCollection>,
      origin,
    ),
};
