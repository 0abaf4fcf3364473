/**
 * Words for the domain's codes (a course's nature, an objective's dimension…) and the course
 * standard's section titles, in English and Chinese: what the web app shows and what exported
 * files say, from one place, like the domain messages.
 */
export const enumLabelsEn = {
  nature: {
    compulsory: 'Compulsory',
    'restricted-elective': 'Restricted elective',
    elective: 'Elective',
  },
  category: {
    'public-foundation': 'Public foundation',
    professional: 'Professional',
    practice: 'Practice',
  },
  publicKind: {
    'ideology-politics': 'Ideology & politics',
    pe: 'Physical education',
    military: 'Military training',
    'mental-health': 'Mental health',
    other: 'Other public',
  },
  assessment: { exam: 'Exam', assessed: 'Assessed' },
  deliveredBy: { school: 'School', enterprise: 'Enterprise', joint: 'Joint' },
  venue: { campus: 'Campus', enterprise: 'Enterprise', mixed: 'Mixed' },
  integration: {
    'curriculum-certificate': 'Course–certificate',
    'classroom-workplace': 'Classroom–workplace',
    'education-training': 'Education–training',
    'technical-education': 'Technical education',
  },
  groupKind: { platform: 'Platform', direction: 'Direction module', expansion: 'Expansion' },
  dimension: { knowledge: 'Knowledge', skill: 'Skills', quality: 'Qualities' },
  certificateKind: {
    '1+X': '1+X',
    'vocational-qualification': 'Vocational qualification',
    industry: 'Industry',
    other: 'Other',
  },
  certificateLevel: { junior: 'Junior', intermediate: 'Intermediate', senior: 'Senior' },
  competitionLevel: {
    national: 'National',
    provincial: 'Provincial',
    industry: 'Industry',
    school: 'School',
  },
  severity: { error: 'Error', warning: 'Warning', info: 'Note', off: 'Off' },
  assessmentKind: {
    process: 'Process',
    final: 'Final',
    enterprise: 'Enterprise evaluation',
    certificate: 'Certificate substitution',
  },
  resourceKind: {
    textbook: 'Textbook',
    platform: 'Platform',
    case: 'Enterprise case',
    dataset: 'Data set',
    video: 'Video',
    other: 'Other',
  },
  side: { school: 'School', enterprise: 'Enterprise' },
  specDimension: { quality: 'Quality', knowledge: 'Knowledge', ability: 'Ability' },
  teacherRole: {
    'program-leader': 'Program leader',
    'core-teacher': 'Core teacher',
    'enterprise-mentor': 'Enterprise mentor',
    'part-time': 'Part-time teacher',
  },
};

export type EnumLabels = {
  [K in keyof typeof enumLabelsEn]: Record<keyof (typeof enumLabelsEn)[K], string>;
};

export const enumLabelsZh: EnumLabels = {
  nature: { compulsory: '必修', 'restricted-elective': '限选', elective: '任选' },
  category: { 'public-foundation': '公共基础', professional: '专业', practice: '实践' },
  publicKind: {
    'ideology-politics': '思想政治',
    pe: '体育',
    military: '军事课',
    'mental-health': '心理健康',
    other: '其他公共课',
  },
  assessment: { exam: '考试', assessed: '考查' },
  deliveredBy: { school: '学校', enterprise: '企业', joint: '校企共同' },
  venue: { campus: '校内', enterprise: '企业', mixed: '校内外结合' },
  integration: {
    'curriculum-certificate': '课证融通',
    'classroom-workplace': '课岗融通',
    'education-training': '教培融通',
    'technical-education': '技教融通',
  },
  groupKind: { platform: '平台', direction: '方向模块', expansion: '拓展' },
  dimension: { knowledge: '知识', skill: '技能', quality: '素质' },
  certificateKind: {
    '1+X': '1+X',
    'vocational-qualification': '职业资格',
    industry: '行业证书',
    other: '其他',
  },
  certificateLevel: { junior: '初级', intermediate: '中级', senior: '高级' },
  competitionLevel: { national: '国家级', provincial: '省级', industry: '行业', school: '校级' },
  severity: { error: '错误', warning: '警告', info: '提示', off: '关闭' },
  assessmentKind: {
    process: '过程考核',
    final: '期末考核',
    enterprise: '企业评价',
    certificate: '证书替代',
  },
  resourceKind: {
    textbook: '教材',
    platform: '平台',
    case: '企业案例',
    dataset: '数据集',
    video: '视频',
    other: '其他',
  },
  side: { school: '学校', enterprise: '企业' },
  specDimension: { quality: '素质', knowledge: '知识', ability: '能力' },
  teacherRole: {
    'program-leader': '专业带头人',
    'core-teacher': '骨干教师',
    'enterprise-mentor': '企业导师',
    'part-time': '兼职教师',
  },
};

export const standardSectionTitlesEn = {
  'course-info': 'Course information',
  'nature-positioning': 'Nature and positioning',
  'design-rationale': 'Design rationale',
  objectives: 'Objectives',
  content: 'Content and requirements',
  'teaching-implementation': 'Teaching implementation',
  assessment: 'Assessment',
  resources: 'Resources',
  appendix: 'Appendix',
};

export const standardSectionTitlesZh: Record<keyof typeof standardSectionTitlesEn, string> = {
  'course-info': '课程基本信息',
  'nature-positioning': '课程性质与定位',
  'design-rationale': '课程设计思路',
  objectives: '课程目标',
  content: '课程内容与要求',
  'teaching-implementation': '教学实施',
  assessment: '课程考核',
  resources: '教学资源',
  appendix: '附录',
};

/** The talent cultivation plan's section titles, in the MOE 2019 order (plan/sections.ts). */
export const planSectionTitlesEn = {
  program: 'Program name and code',
  entry: 'Entry requirements',
  duration: 'Length of study',
  career: 'Career orientation',
  objectives: 'Training objectives and specifications',
  curriculum: 'Curriculum and requirements',
  schedule: 'Teaching schedule',
  practice: 'Practice teaching',
  teachers: 'Teaching staff',
  conditions: 'Teaching conditions and resources',
  assessment: 'Learning assessment',
  guarantees: 'Implementation guarantees',
  graduation: 'Graduation requirements',
  appendix: 'Appendix',
};

export const planSectionTitlesZh: Record<keyof typeof planSectionTitlesEn, string> = {
  program: '专业名称及代码',
  entry: '入学要求',
  duration: '修业年限',
  career: '职业面向',
  objectives: '培养目标与培养规格',
  curriculum: '课程设置及要求',
  schedule: '教学进程总体安排',
  practice: '实践教学',
  teachers: '师资队伍',
  conditions: '教学条件与资源',
  assessment: '学习评价',
  guarantees: '质量保障',
  graduation: '毕业要求',
  appendix: '附录',
};
