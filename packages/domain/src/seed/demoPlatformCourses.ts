import type { CourseInput } from '../curriculum/courseSchema';
import { courseRows } from './courseRows';
import { ALL_PROGRAMS } from './demoStructure';

const politics = { publicKind: 'ideology-politics', assessment: 'exam' } as const;

/** 公共基础课程: the compulsory public courses every program of the group takes. */
const general = courseRows(
  {
    groupId: 'g-general',
    programIds: ALL_PROGRAMS,
    category: 'public-foundation',
    nature: 'compulsory',
    publicKind: 'other',
  },
  [
    ['GB101', '思想道德与法治', 'Ideology, Morality and Rule of Law', 40, 8, 3, [1], politics],
    [
      'GB102',
      '毛泽东思想和中国特色社会主义理论体系概论',
      'Introduction to Mao Zedong Thought and the Theoretical System of Socialism with Chinese Characteristics',
      28,
      4,
      2,
      [2],
      politics,
    ],
    [
      'GB103',
      '习近平新时代中国特色社会主义思想概论',
      'Introduction to Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era',
      40,
      8,
      3,
      [3],
      politics,
    ],
    [
      'GB104',
      '形势与政策',
      'Situation and Policy',
      32,
      0,
      2,
      [1, 2, 3, 4],
      { publicKind: 'ideology-politics' },
    ],
    ['GB105', '体育', 'Physical Education', 8, 100, 6, [1, 2, 3], { publicKind: 'pe' }],
    [
      'GB106',
      '军事理论',
      'Military Theory',
      36,
      0,
      2,
      [1],
      { publicKind: 'military', assessment: 'exam' },
    ],
    [
      'GB107',
      '军事技能训练',
      'Military Skills Training',
      0,
      112,
      2,
      [1],
      { publicKind: 'military', blockWeeks: 2 },
    ],
    [
      'GB108',
      '大学生心理健康教育',
      'Mental Health Education for College Students',
      24,
      8,
      2,
      [1],
      { publicKind: 'mental-health' },
    ],
    ['GB109', '劳动教育', 'Labour Education', 4, 12, 1, [2]],
    ['GB110', '大学英语', 'College English', 96, 32, 8, [1, 2], { assessment: 'exam' }],
    ['GB111', '信息技术', 'Information Technology', 24, 40, 4, [1], { assessment: 'exam' }],
    ['GB112', '经济数学', 'Economic Mathematics', 56, 8, 4, [2], { assessment: 'exam' }],
    [
      'GB113',
      '大学生职业发展与就业指导',
      'Career Development and Employment Guidance',
      24,
      8,
      2,
      [1, 4],
    ],
    ['GB114', '创新创业教育', 'Innovation and Entrepreneurship Education', 16, 16, 2, [3]],
    ['GB115', '国家安全教育', 'National Security Education', 12, 4, 1, [2]],
  ],
);

const publicElectives = courseRows(
  {
    groupId: 'g-public-elective',
    programIds: ALL_PROGRAMS,
    category: 'public-foundation',
    nature: 'elective',
    publicKind: 'other',
  },
  [
    ['GB121', '中华优秀传统文化', 'Excellent Traditional Chinese Culture', 24, 8, 2, [2]],
    ['GB122', '美育·艺术鉴赏', 'Aesthetic Education: Art Appreciation', 16, 16, 2, [4]],
    ['GB123', '应用文写作', 'Practical Writing', 16, 16, 2, [2]],
    ['GB124', '普通话与演讲', 'Mandarin and Public Speaking', 8, 24, 2, [5]],
  ],
);

/** 专业群平台课程: the shared professional base of all five programs ("bottom-level sharing"). */
const groupCore = courseRows(
  {
    groupId: 'g-core',
    programIds: ALL_PROGRAMS,
    category: 'professional',
    nature: 'compulsory',
    assessment: 'exam',
  },
  [
    ['PT201', '电子商务基础', 'Fundamentals of E-commerce', 32, 32, 4, [1]],
    ['PT202', '市场营销', 'Principles of Marketing', 32, 32, 4, [2]],
    ['PT203', '管理学基础', 'Fundamentals of Management', 32, 16, 3, [1]],
    ['PT204', '经济学基础', 'Fundamentals of Economics', 36, 12, 3, [2]],
    ['PT205', '现代物流基础', 'Fundamentals of Modern Logistics', 24, 24, 3, [2]],
    ['PT206', '商务数据分析基础', 'Fundamentals of Business Data Analysis', 24, 40, 4, [3]],
    ['PT207', '新媒体营销', 'New Media Marketing', 16, 32, 3, [3]],
    ['PT208', '基础会计', 'Fundamentals of Accounting', 24, 24, 3, [3]],
  ],
);

const INSTITUTE_MENTORS = '京东重庆电商现代产业学院企业导师组';

/** 集中实践: concentrated practice in whole weeks, credited 1 credit per week. */
const practice = courseRows(
  {
    groupId: 'g-practice',
    programIds: ALL_PROGRAMS,
    category: 'practice',
    nature: 'compulsory',
    deliveredBy: 'joint',
  },
  [
    [
      'SJ301',
      '入学教育与专业认知实习',
      'Orientation and Industry Awareness Placement',
      0,
      24,
      1,
      [1],
      {
        blockWeeks: 1,
        venue: 'enterprise',
        enterpriseMentor: INSTITUTE_MENTORS,
        integration: ['classroom-workplace'],
      },
    ],
    [
      'SJ302',
      '电商产业链综合实训',
      'E-commerce Industry-Chain Comprehensive Training',
      0,
      48,
      2,
      [4],
      {
        blockWeeks: 2,
        venue: 'mixed',
        enterpriseMentor: INSTITUTE_MENTORS,
        integration: ['classroom-workplace', 'education-training'],
      },
    ],
    [
      'SJ303',
      '毕业设计',
      'Graduation Project',
      0,
      144,
      6,
      [5],
      { blockWeeks: 6, venue: 'mixed', enterpriseMentor: INSTITUTE_MENTORS },
    ],
    [
      'SJ304',
      '岗位实习',
      'Post Internship',
      0,
      576,
      24,
      [5, 6],
      {
        blockWeeks: 24,
        deliveredBy: 'enterprise',
        venue: 'enterprise',
        enterpriseMentor: INSTITUTE_MENTORS,
        integration: ['classroom-workplace', 'technical-education'],
      },
    ],
  ],
);

export const DEMO_PLATFORM_COURSES: CourseInput[] = [
  ...general,
  ...publicElectives,
  ...groupCore,
  ...practice,
];
