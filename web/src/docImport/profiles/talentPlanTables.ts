import { PLAN_COLLECTION_SECTION, PLAN_ROOTS } from '@tandem/domain';
import type { ForeignTable, TableMapping } from '../DocImportProfile';
import { enumChoices, enumLabels } from './enumChoices';

/** Section 5's table of specifications: code | dimension | specification. */
const specs: TableMapping = {
  collection: 'specs',
  root: PLAN_ROOTS.specs,
  sectionId: PLAN_COLLECTION_SECTION.specs,
  required: ['text', 'dimension|code'],
  columns: [
    // Not "No.": in a plan's tables that is the row number (序号), not the specification's code.
    { field: 'code', headers: ['代码', '编号', '规格代码', '规格编号', 'code'] },
    {
      field: 'dimension',
      headers: [
        '维度',
        '类别',
        '类型',
        '规格类别',
        '规格维度',
        '培养规格类别',
        'dimension',
        'category',
        'type',
      ],
      choices: enumChoices('specDimension', {
        quality: ['素养', '素质要求', '职业素养', '素质目标', 'qualities', 'attitude'],
        knowledge: ['知识要求', '知识目标'],
        ability: ['技能', '能力要求', '能力目标', 'abilities', 'skill', 'skills'],
      }),
      labels: enumLabels('specDimension'),
    },
    {
      field: 'text',
      headers: [
        '培养规格',
        '规格',
        '规格内容',
        '具体要求',
        '内容',
        '要求',
        '描述',
        'specification',
        'requirement',
        'description',
        'text',
      ],
    },
  ],
};

/** Section 9's table of the teaching team, both sides. */
const teachers: TableMapping = {
  collection: 'teachers',
  root: PLAN_ROOTS.teachers,
  sectionId: PLAN_COLLECTION_SECTION.teachers,
  required: ['name', 'side|organisation|title|role|dualQualified'],
  columns: [
    { field: 'name', headers: ['姓名', '教师姓名', '教师', 'name', 'teacher'] },
    {
      field: 'side',
      headers: [
        '所属方',
        '来源',
        '校内企业',
        '学校企业',
        '校内外',
        '专兼职',
        '教师类型',
        '类型',
        'side',
        'source',
        'schoolenterprise',
      ],
      choices: enumChoices('side', {
        school: ['校内', '专任', '专任教师', '专职', '本校', '校方', 'inschool', 'campus'],
        enterprise: ['行业', '兼职', '企业兼职', '校外', '外聘', 'industry', 'parttime'],
      }),
      labels: enumLabels('side'),
    },
    {
      field: 'organisation',
      headers: [
        '单位',
        '工作单位',
        '所在单位',
        '所在企业',
        'organisation',
        'organization',
        'employer',
      ],
    },
    {
      field: 'title',
      headers: ['职称', '职务', '职称职务', '职务职称', '岗位', '职称岗位', 'title', 'position'],
    },
    {
      field: 'role',
      headers: ['角色', '团队角色', '担任角色', '团队分工', 'role'],
      choices: enumChoices('teacherRole', {
        'program-leader': ['带头人', '专业负责人', '负责人', '专业带头人', 'leader'],
        'core-teacher': ['骨干', '专任教师', '主讲教师', '校内教师', 'core'],
        'enterprise-mentor': ['企业专家', '企业导师', '企业师傅', '技术骨干', 'mentor'],
        'part-time': ['兼职', '外聘教师', '兼课教师', 'parttime'],
      }),
      labels: enumLabels('teacherRole'),
    },
    {
      field: 'dualQualified',
      headers: ['双师型', '是否双师', '是否双师型', '双师素质', '双师', 'dualqualified', 'dual'],
    },
  ],
};

export const TALENT_PLAN_TABLES: readonly TableMapping[] = [specs, teachers];

/**
 * A course list (section 6) or the teaching schedule (section 7): the plan reads both from the
 * curriculum map, which imports courses from Excel, so such a table is listed, not imported.
 */
const courses: ForeignTable = {
  kind: 'courseTable',
  required: ['name', 'code|credits|hours|term|content|category|assessment'],
  columns: [
    {
      field: 'name',
      headers: ['课程名称', '课程', '课程名', 'course', 'coursename', 'coursetitle'],
    },
    { field: 'code', headers: ['课程代码', '课程编号', '课程编码', 'coursecode', 'courseno'] },
    { field: 'credits', headers: ['学分', 'credits', 'credit'] },
    { field: 'hours', headers: ['学时', '总学时', '课时', '计划学时', 'hours', 'totalhours'] },
    {
      field: 'term',
      headers: ['学期', '开课学期', '各学期周学时分配', '周学时', 'term', 'semester'],
    },
    {
      field: 'content',
      headers: ['主要教学内容', '教学内容', '课程目标', '主要内容', 'content', 'maincontent'],
    },
    { field: 'category', headers: ['课程类别', '课程性质', '课程类型', 'category', 'nature'] },
    { field: 'assessment', headers: ['考核方式', '考核', 'assessment'] },
  ],
};

export const TALENT_PLAN_FOREIGN_TABLES: readonly ForeignTable[] = [courses];
