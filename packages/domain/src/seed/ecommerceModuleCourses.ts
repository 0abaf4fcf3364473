import type { CourseInput } from '../curriculum/courseSchema';
import { courseRows } from './courseRows';

const professional = { category: 'professional', nature: 'compulsory' } as const;
const core = { isCore: true, assessment: 'exam' } as const;
const restricted = { nature: 'restricted-elective' } as const;

/** The two e-commerce direction modules; some courses are shared with other programs. */
export const ECOMMERCE_MODULE_COURSES: CourseInput[] = [
  ...courseRows({ ...professional, groupId: 'g-dir-store', programIds: ['ecommerce'] }, [
    [
      'ZY401',
      '京东平台店铺运营',
      'JD Platform Store Operations',
      24,
      40,
      4,
      [3],
      {
        ...core,
        deliveredBy: 'joint',
        venue: 'mixed',
        enterpriseMentor: '京东零售店铺运营导师',
        integration: ['curriculum-certificate', 'classroom-workplace'],
      },
    ],
    [
      'ZY402',
      '网店视觉营销设计',
      'Visual Merchandising Design for Online Stores',
      16,
      48,
      4,
      [3],
      {
        ...core,
        deliveredBy: 'joint',
        venue: 'mixed',
        enterpriseMentor: '京东视觉营销中心设计师',
      },
    ],
    [
      'ZY403',
      '电子商务客户服务',
      'E-commerce Customer Service',
      16,
      32,
      3,
      [4],
      {
        ...core,
        programIds: ['ecommerce', 'bizadmin'],
        deliveredBy: 'enterprise',
        venue: 'enterprise',
        enterpriseMentor: '京东客服中心培训主管',
        integration: ['classroom-workplace', 'education-training'],
      },
    ],
    [
      'ZY404',
      '搜索引擎营销与推广',
      'Search Engine Marketing and Promotion',
      24,
      40,
      4,
      [4],
      {
        ...core,
        integration: ['curriculum-certificate'],
      },
    ],
    [
      'ZY405',
      '电子商务数据分析',
      'E-commerce Data Analysis',
      24,
      40,
      4,
      [4],
      {
        ...core,
        programIds: ['ecommerce', 'bigdata'],
        integration: ['curriculum-certificate', 'technical-education'],
      },
    ],
    ['ZY406', '多平台店铺运营', 'Multi-platform Store Operations', 16, 32, 3, [5], restricted],
  ]),
  ...courseRows(
    { ...professional, groupId: 'g-dir-live', programIds: ['ecommerce', 'marketing'] },
    [
      [
        'ZY411',
        '直播电商',
        'Live-Stream E-commerce',
        16,
        48,
        4,
        [4],
        {
          ...core,
          deliveredBy: 'joint',
          venue: 'enterprise',
          enterpriseMentor: '京东直播运营导师',
          integration: ['curriculum-certificate', 'classroom-workplace', 'education-training'],
        },
      ],
      [
        'ZY412',
        '短视频策划与运营',
        'Short-Video Planning and Operations',
        16,
        48,
        4,
        [5],
        {
          ...core,
          deliveredBy: 'joint',
          venue: 'mixed',
          enterpriseMentor: '京东内容运营导师',
        },
      ],
      // 14 weeks × 4 hours, but credited like a 48-hour course: the demo's deliberate R5 warning.
      ['ZY413', '商品拍摄与图片处理', 'Product Photography and Image Editing', 14, 42, 3, [4]],
      [
        'ZY414',
        '主播素养与直播话术',
        'Live-Host Presentation and Sales Scripts',
        8,
        24,
        2,
        [5],
        restricted,
      ],
    ],
  ),
];
