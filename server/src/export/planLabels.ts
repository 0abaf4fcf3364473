import { type PlanSectionId, planSectionTitlesEn, planSectionTitlesZh } from '@tandem/domain';
import type { ExportLanguage } from '@tandem/protocol';

/** The words a talent plan's file needs beyond those it shares with the course standard. */
export interface PlanLabels {
  talentPlan: string;
  sections: Record<PlanSectionId, string>;
  fields: {
    programName: string;
    programCode: string;
    professionalGroup: string;
    educationLevel: string;
    cohort: string;
    cohortYear: (year: number) => string;
    length: (years: number, max: number | null) => string;
    position: string;
    positionTasks: string;
    certificate: string;
    level: string;
    issuer: string;
    specification: string;
    /** The courses that reach a specification, each with its level (I/R/M). */
    reachedBy: string;
    weeklyByTerm: string;
    termShort: (n: number) => string;
    courseType: string;
    teacherTitle: string;
    teacherRole: string;
    dualQualified: string;
    coursesTaught: string;
    category: string;
    ratio: string;
    minCredits: (min: number, total: number) => string;
    allCourses: (total: number) => string;
    rulesHeading: string;
    rulesPass: string;
    teamSummary: (school: number, enterprise: number, dual: number) => string;
  };
  headings: {
    positions: string;
    certificates: string;
    specifications: string;
    courseList: string;
    schedule: string;
    hoursSummary: string;
    practiceCourses: string;
    teacherList: string;
  };
  hoursRows: {
    total: string;
    theory: string;
    practice: string;
    publicFoundation: string;
    elective: string;
    credits: string;
  };
}

const zh: PlanLabels = {
  talentPlan: '人才培养方案',
  sections: planSectionTitlesZh,
  fields: {
    programName: '专业名称',
    programCode: '专业代码',
    professionalGroup: '所属专业群',
    educationLevel: '教育类型及学历层次',
    cohort: '适用年级',
    cohortYear: (y) => `${y}级`,
    length: (years, max) =>
      max ? `基本修业年限 ${years} 年，最长不超过 ${max} 年。` : `基本修业年限 ${years} 年。`,
    position: '岗位（群）',
    positionTasks: '主要工作任务',
    certificate: '职业技能等级证书',
    level: '等级',
    issuer: '颁发单位',
    specification: '培养规格',
    reachedBy: '支撑课程（达成程度）',
    weeklyByTerm: '按学期分配周学时',
    termShort: (n) => ['一', '二', '三', '四', '五', '六'][n - 1] ?? String(n),
    courseType: '课程类型',
    teacherTitle: '职称/岗位',
    teacherRole: '角色',
    dualQualified: '双师型',
    coursesTaught: '任教课程',
    category: '类别',
    ratio: '占总学时比例',
    minCredits: (min, total) => `最低毕业学分 ${min}（本方案课程合计 ${total} 学分）。`,
    allCourses: (total) => `修满本方案全部课程，共 ${total} 学分。`,
    rulesHeading: '学时与规则检查',
    rulesPass: '本方案满足 R1–R5、R16 的全部要求。',
    teamSummary: (s, e, d) => `学校教师 ${s} 人，企业教师 ${e} 人，其中双师型教师 ${d} 人。`,
  },
  headings: {
    positions: '面向岗位（群）',
    certificates: '职业技能等级证书',
    specifications: '培养规格',
    courseList: '课程设置',
    schedule: '教学进程表',
    hoursSummary: '学时学分统计',
    practiceCourses: '集中实践教学安排',
    teacherList: '专业教学团队',
  },
  hoursRows: {
    total: '总学时',
    theory: '理论学时',
    practice: '实践学时',
    publicFoundation: '公共基础课学时',
    elective: '选修课学时',
    credits: '总学分',
  },
};

const en: PlanLabels = {
  talentPlan: 'Talent Cultivation Plan',
  sections: planSectionTitlesEn,
  fields: {
    programName: 'Program',
    programCode: 'Program code',
    professionalGroup: 'Professional group',
    educationLevel: 'Education level',
    cohort: 'Cohort',
    cohortYear: (y) => `Class of ${y} entry`,
    length: (years, max) =>
      max
        ? `Standard length of study ${years} years, at most ${max} years.`
        : `Standard length of study ${years} years.`,
    position: 'Position (group)',
    positionTasks: 'Main work tasks',
    certificate: 'Vocational skill certificate',
    level: 'Level',
    issuer: 'Issuer',
    specification: 'Specification',
    reachedBy: 'Courses (level reached)',
    weeklyByTerm: 'Weekly hours by term',
    termShort: (n) => String(n),
    courseType: 'Type',
    teacherTitle: 'Title / post',
    teacherRole: 'Role',
    dualQualified: 'Dual-qualified',
    coursesTaught: 'Courses',
    category: 'Category',
    ratio: 'Share of total hours',
    minCredits: (min, total) =>
      `At least ${min} credits (the plan's courses total ${total} credits).`,
    allCourses: (total) => `Every course of the plan, ${total} credits in all.`,
    rulesHeading: 'Hours and rule checks',
    rulesPass: 'The plan meets every requirement of R1–R5 and R16.',
    teamSummary: (s, e, d) =>
      `${s} school teachers and ${e} enterprise teachers, ${d} of them dual-qualified.`,
  },
  headings: {
    positions: 'Positions',
    certificates: 'Vocational skill certificates',
    specifications: 'Specifications',
    courseList: 'Courses',
    schedule: 'Teaching schedule',
    hoursSummary: 'Hours and credits',
    practiceCourses: 'Concentrated practice',
    teacherList: 'Teaching team',
  },
  hoursRows: {
    total: 'Total hours',
    theory: 'Theory hours',
    practice: 'Practice hours',
    publicFoundation: 'Public foundation hours',
    elective: 'Elective hours',
    credits: 'Total credits',
  },
};

export function planLabels(lang: ExportLanguage): PlanLabels {
  return lang === 'en' ? en : zh;
}
