import { STANDARD_ROOTS } from '@tandem/domain';
import type { TableMapping } from '../DocImportProfile';
import { enumChoices, enumLabels } from './enumChoices';

/** Section 4's table: code | dimension | objective. */
const objectives: TableMapping = {
  collection: 'objectives',
  root: STANDARD_ROOTS.objectives,
  sectionId: 'objectives',
  required: ['text', 'dimension|code'],
  columns: [
    { field: 'code', headers: ['编号', '代码', '目标编号', '目标代码', 'code', 'no'] },
    {
      field: 'dimension',
      headers: ['维度', '目标维度', '目标类型', '目标类别', '类型', '类别', 'dimension', 'type'],
      choices: enumChoices('dimension', {
        knowledge: ['知识目标', 'knowledge objectives'],
        skill: ['能力', '技能目标', '能力目标', 'skill', 'ability', 'abilities'],
        quality: ['素养', '素质目标', '素养目标', '思政', 'quality', 'attitude'],
      }),
      labels: enumLabels('dimension'),
    },
    {
      field: 'text',
      headers: ['目标', '目标内容', '目标描述', '具体目标', '课程目标', '内容', '描述'],
    },
  ],
};

/** Section 5's table: module | task | requirements | hours T/P | venue | delivered by | certificate. */
const units: TableMapping = {
  collection: 'units',
  root: STANDARD_ROOTS.units,
  sectionId: 'content',
  required: ['module|task', 'hoursTheory|hoursPractice'],
  columns: [
    {
      field: 'module',
      headers: ['模块', '教学模块', '学习模块', '项目模块', '教学单元', '单元', 'module', 'unit'],
    },
    {
      field: 'task',
      headers: [
        '项目任务',
        '工作任务',
        '学习任务',
        '学习项目',
        '教学项目',
        '项目',
        '任务',
        'task',
        'project',
        'projecttask',
      ],
    },
    {
      field: 'requirements',
      headers: [
        '内容与要求',
        '教学内容与要求',
        '知识技能要求',
        '教学内容',
        '学习内容',
        '要求',
        'requirements',
        'content',
      ],
    },
    {
      field: 'hoursTheory',
      headers: ['理论学时', '理论课时', '理论', 'theory', 'hourstheory', 'theoryhours', 'hourst'],
      kind: 'number',
      empty: 0,
    },
    {
      field: 'hoursPractice',
      headers: [
        '实践学时',
        '实训学时',
        '实践课时',
        '实践',
        'practice',
        'hourspractice',
        'practicehours',
        'hoursp',
      ],
      kind: 'number',
      empty: 0,
    },
    {
      field: 'venue',
      headers: ['教学场地', '场地', '教学地点', '地点', 'venue', 'place', 'location'],
      choices: enumChoices('venue', {
        campus: ['校内实训室', '实训室', '教室', '机房', '校内', 'oncampus'],
        enterprise: ['企业现场', '校外', '企业', 'workplace'],
        mixed: ['校内外', '结合', 'both'],
      }),
      labels: enumLabels('venue'),
    },
    {
      field: 'deliveredBy',
      headers: [
        '授课方',
        '授课主体',
        '实施主体',
        '承担方',
        '授课',
        '承担',
        'deliveredby',
        'delivery',
      ],
      choices: enumChoices('deliveredBy', {
        school: ['校方', '专任教师', '校内教师', '教师'],
        enterprise: ['企业导师', '企业兼职教师', '兼职教师', '企业'],
        joint: ['校企共同', '校企合作', '校企', '双师', '共同'],
      }),
      labels: enumLabels('deliveredBy'),
    },
    {
      field: 'certificateItem',
      headers: [
        '证书项目',
        '证书考点',
        '对接证书',
        '证书',
        '1+x证书',
        'certificate',
        'certificateitem',
      ],
    },
  ],
};

/** Section 7's table: name | kind | weight | method. */
const assessment: TableMapping = {
  collection: 'assessment',
  root: STANDARD_ROOTS.assessment,
  sectionId: 'assessment',
  required: ['name', 'weight'],
  columns: [
    {
      field: 'name',
      headers: [
        '考核项目',
        '考核内容',
        '考核项',
        '评价项目',
        '考核环节',
        '名称',
        '项目',
        'name',
        'item',
      ],
    },
    {
      field: 'kind',
      headers: ['考核类型', '考核类别', '类型', '类别', 'kind', 'type'],
      choices: enumChoices('assessmentKind', {
        process: ['过程', '过程性考核', '平时', '形成性', '形成性评价', 'formative'],
        final: ['期末', '终结', '终结性考核', '期末考试', 'summative'],
        enterprise: ['企业', '企业考核'],
        certificate: ['证书', '证书替代', '1+x'],
      }),
      labels: enumLabels('assessmentKind'),
    },
    {
      field: 'weight',
      headers: [
        '权重',
        '比例',
        '占比',
        '比重',
        '成绩比例',
        '所占比例',
        'weight',
        'percentage',
        'share',
      ],
      kind: 'percent',
    },
    {
      field: 'method',
      headers: [
        '考核方式',
        '考核方法',
        '评价方式',
        '评分标准',
        '考核标准',
        '方式',
        '方法',
        'method',
      ],
    },
  ],
};

export const COURSE_STANDARD_TABLES: readonly TableMapping[] = [objectives, units, assessment];
