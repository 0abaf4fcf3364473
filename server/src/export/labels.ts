import {
  type DomainMessage,
  type DomainMessagesCatalogue,
  domainMessagesEn,
  domainMessagesZh,
  type EnumLabels,
  enumLabelsEn,
  enumLabelsZh,
  type StandardSectionId,
  standardSectionTitlesEn,
  standardSectionTitlesZh,
} from '@tandem/domain';
import type { ExportLanguage } from '@tandem/protocol';

/**
 * The words of exported files. The server cannot read the web app's i18n files, so the few
 * labels a file needs live here, in the wording the web app uses for the same things.
 */
export interface ExportLabels {
  lang: ExportLanguage;
  courseStandard: string;
  sections: Record<StandardSectionId, string>;
  fields: {
    courseCode: string;
    courseName: string;
    courseNameEn: string;
    programs: string;
    nature: string;
    category: string;
    hours: string;
    hoursTheory: string;
    hoursPractice: string;
    hoursTotal: string;
    credits: string;
    terms: string;
    blockWeeks: string;
    assessment: string;
    deliveredBy: string;
    venue: string;
    prerequisites: string;
    enterpriseMentor: string;
    authors: string;
    side: string;
    organisation: string;
    role: string;
    name: string;
    versionLabel: string;
    approvedBy: string;
    approvedOn: string;
    institution: string;
    dimension: string;
    code: string;
    objective: string;
    competencies: string;
    index: string;
    module: string;
    task: string;
    requirements: string;
    certificateItem: string;
    kind: string;
    item: string;
    method: string;
    weight: string;
    title: string;
    detail: string;
    group: string;
    core: string;
    share: string;
    countedHours: string;
    total: string;
    subtotal: string;
    term: (n: number) => string;
    weeklyTotal: string;
    weeklyLimit: string;
    supportingCourses: string;
    rule: string;
    severity: string;
    program: string;
    message: string;
    actual: string;
    expected: string;
    course: string;
  };
  headings: {
    authors: string;
    objectivesByDimension: string;
    contentUnits: string;
    hoursByModule: string;
    assessmentItems: string;
    resourceList: string;
    approval: string;
  };
  sheets: { courses: string; weekly: string; matrix: string; rules: string };
  /** The app's words for the domain's codes, plus the matrix's kinds of alignment. */
  enums: Record<keyof EnumLabels | 'alignmentKind', Record<string, string>>;
  wholeGroup: string;
  none: string;
  yes: string;
  confidentialLeftOut: (count: number) => string;
  blockPractice: (weeks: number) => string;
  domain: DomainMessagesCatalogue;
}

const zh: ExportLabels = {
  lang: 'zh-CN',
  courseStandard: '课程标准',
  sections: standardSectionTitlesZh,
  fields: {
    courseCode: '课程代码',
    courseName: '课程名称',
    courseNameEn: '英文名称',
    programs: '适用专业',
    nature: '课程性质',
    category: '课程类别',
    hours: '学时',
    hoursTheory: '理论学时',
    hoursPractice: '实践学时',
    hoursTotal: '总学时',
    credits: '学分',
    terms: '开设学期',
    blockWeeks: '集中周数',
    assessment: '考核方式',
    deliveredBy: '授课方',
    venue: '授课地点',
    prerequisites: '先修课程',
    enterpriseMentor: '企业导师',
    authors: '编写人员',
    side: '所属方',
    organisation: '单位',
    role: '职责',
    name: '姓名',
    versionLabel: '版本',
    approvedBy: '审定单位',
    approvedOn: '审定日期',
    institution: '院校',
    dimension: '维度',
    code: '代码',
    objective: '目标',
    competencies: '对应能力',
    index: '序号',
    module: '模块',
    task: '项目/任务',
    requirements: '内容与要求',
    certificateItem: '对应证书考核点',
    kind: '类型',
    item: '考核项目',
    method: '考核方法',
    weight: '权重（%）',
    title: '名称',
    detail: '说明',
    group: '课程组',
    core: '核心',
    share: '计入比例',
    countedHours: '计入学时',
    total: '合计',
    subtotal: '小计',
    term: (n) => `第${n}学期`,
    weeklyTotal: '周学时合计',
    weeklyLimit: '周学时上限（R16）',
    supportingCourses: '支撑课程数',
    rule: '规则',
    severity: '级别',
    program: '专业',
    message: '说明',
    actual: '实际值',
    expected: '要求',
    course: '课程',
  },
  headings: {
    authors: '编写人员',
    objectivesByDimension: '课程目标一览',
    contentUnits: '教学内容与要求',
    hoursByModule: '学时分配',
    assessmentItems: '考核项目与权重',
    resourceList: '资源清单',
    approval: '审定记录',
  },
  sheets: { courses: '课程', weekly: '周学时', matrix: '对应矩阵', rules: '规则检查' },
  enums: {
    ...enumLabelsZh,
    alignmentKind: {
      'course-competency': '能力',
      'course-certificate': '证书',
      'course-competition': '竞赛',
      'position-course': '岗位',
    },
  },
  wholeGroup: '整个专业群',
  none: '无',
  yes: '是',
  confidentialLeftOut: (n) => `另有 ${n} 项保密资源未列入本文件。`,
  blockPractice: (w) => `集中${w}周`,
  domain: domainMessagesZh,
};

const en: ExportLabels = {
  lang: 'en',
  courseStandard: 'Course Standard',
  sections: standardSectionTitlesEn,
  fields: {
    courseCode: 'Course code',
    courseName: 'Course name',
    courseNameEn: 'English name',
    programs: 'Programs',
    nature: 'Nature',
    category: 'Category',
    hours: 'Hours',
    hoursTheory: 'Theory hours',
    hoursPractice: 'Practice hours',
    hoursTotal: 'Total hours',
    credits: 'Credits',
    terms: 'Terms',
    blockWeeks: 'Block weeks',
    assessment: 'Assessment',
    deliveredBy: 'Delivered by',
    venue: 'Venue',
    prerequisites: 'Prerequisites',
    enterpriseMentor: 'Enterprise mentor',
    authors: 'Authors',
    side: 'Side',
    organisation: 'Organisation',
    role: 'Role',
    name: 'Name',
    versionLabel: 'Version',
    approvedBy: 'Approved by',
    approvedOn: 'Approved on',
    institution: 'Institution',
    dimension: 'Dimension',
    code: 'Code',
    objective: 'Objective',
    competencies: 'Competencies',
    index: 'No.',
    module: 'Module',
    task: 'Project / task',
    requirements: 'Requirements',
    certificateItem: 'Certificate item',
    kind: 'Kind',
    item: 'Item',
    method: 'Method',
    weight: 'Weight (%)',
    title: 'Title',
    detail: 'Detail',
    group: 'Course group',
    core: 'Core',
    share: 'Counted share',
    countedHours: 'Counted hours',
    total: 'Total',
    subtotal: 'Subtotal',
    term: (n) => `Term ${n}`,
    weeklyTotal: 'Weekly hours',
    weeklyLimit: 'Weekly limit (R16)',
    supportingCourses: 'Supporting courses',
    rule: 'Rule',
    severity: 'Severity',
    program: 'Program',
    message: 'Message',
    actual: 'Actual',
    expected: 'Expected',
    course: 'Course',
  },
  headings: {
    authors: 'Authors',
    objectivesByDimension: 'Objectives by dimension',
    contentUnits: 'Content units',
    hoursByModule: 'Hours by module',
    assessmentItems: 'Assessment items and weights',
    resourceList: 'Resource list',
    approval: 'Approval record',
  },
  sheets: { courses: 'Courses', weekly: 'Weekly hours', matrix: 'Alignment', rules: 'Rules' },
  enums: {
    ...enumLabelsEn,
    alignmentKind: {
      'course-competency': 'Competencies',
      'course-certificate': 'Certificates',
      'course-competition': 'Competitions',
      'position-course': 'Positions',
    },
  },
  wholeGroup: 'Whole group',
  none: 'None',
  yes: 'Yes',
  confidentialLeftOut: (n) => `${n} confidential resource(s) are left out of this file.`,
  blockPractice: (w) => `${w} wk block`,
  domain: domainMessagesEn,
};

export function exportLabels(lang: ExportLanguage): ExportLabels {
  return lang === 'en' ? en : zh;
}

/** A label for an enum value, or the value itself when the table has none. */
export function enumLabel(table: Record<string, string>, value: string | null | undefined): string {
  if (!value) return '';
  return table[value] ?? value;
}

/**
 * A domain message as a sentence, the way the web app renders it: `{{name}}` filled from the
 * parameters, codes among them (a dimension, a delivering side) put into words.
 */
export function renderMessage(labels: ExportLabels, msg: DomainMessage): string {
  const path = msg.key.replace(/^domain\./, '').split('.');
  let node: unknown = labels.domain;
  for (const part of path) node = (node as Record<string, unknown> | undefined)?.[part];
  const template = typeof node === 'string' ? node : msg.key;
  return template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => {
    const value = msg.params[name];
    if (value === undefined) return '';
    if (name === 'dimension') return enumLabel(labels.enums.dimension, String(value));
    if (name === 'deliveredBy') return enumLabel(labels.enums.deliveredBy, String(value));
    return String(value);
  });
}
