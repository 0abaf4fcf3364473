import type { MapEntityInput } from '../curriculum/mapEntityWrites';
import type { MapSettings } from '../curriculum/schemas';

/** The E-commerce professional group of Chongqing Business Vocational College (seed paper). */
export const DEMO_SETTINGS: MapSettings = {
  name: '电子商务专业群',
  nameEn: 'E-commerce Professional Group',
  institution: '重庆商务职业学院',
  cohortYear: 2024,
};

/** Program codes from the 2021 higher-vocational program catalogue. */
export const DEMO_PROGRAMS: Array<MapEntityInput<'programs'>> = [
  { id: 'ecommerce', code: '530701', name: '电子商务', nameEn: 'E-commerce', scaleId: 'scale-irm' },
  {
    id: 'logistics',
    code: '530802',
    name: '现代物流管理',
    nameEn: 'Modern Logistics Management',
    scaleId: 'scale-irm',
  },
  { id: 'marketing', code: '530605', name: '市场营销', nameEn: 'Marketing', scaleId: 'scale-irm' },
  {
    id: 'bigdata',
    code: '510205',
    name: '大数据技术',
    nameEn: 'Big Data Technology',
    scaleId: 'scale-irm',
  },
  {
    id: 'bizadmin',
    code: '530601',
    name: '工商企业管理',
    nameEn: 'Business Administration',
    scaleId: 'scale-irm',
  },
];

export const ALL_PROGRAMS = DEMO_PROGRAMS.map((p) => p.id as string);

/** "1 platform + 6 modules": bottom-level sharing, intermediate penetration, top-level mutual selection. */
export const DEMO_GROUPS: Array<MapEntityInput<'groups'>> = [
  {
    id: 'g-platform',
    name: '专业群共享平台课程',
    nameEn: 'Shared group platform',
    kind: 'platform',
  },
  {
    id: 'g-general',
    name: '公共基础课程',
    nameEn: 'General foundation courses',
    kind: 'platform',
    parentId: 'g-platform',
  },
  {
    id: 'g-public-elective',
    name: '公共选修课程（任选 2 门）',
    nameEn: 'Public electives (choose 2)',
    kind: 'platform',
    parentId: 'g-general',
    electiveQuotaHours: 64,
  },
  {
    id: 'g-core',
    name: '专业群平台课程',
    nameEn: 'Group core courses',
    kind: 'platform',
    parentId: 'g-platform',
  },
  {
    id: 'g-practice',
    name: '集中实践课程',
    nameEn: 'Practical courses',
    kind: 'platform',
    parentId: 'g-platform',
  },
  {
    id: 'g-dir-store',
    name: '店铺运营方向模块',
    nameEn: 'Store operations module',
    kind: 'direction',
  },
  {
    id: 'g-dir-live',
    name: '直播与短视频方向模块',
    nameEn: 'Live-stream and short-video module',
    kind: 'direction',
  },
  {
    id: 'g-dir-logistics',
    name: '现代物流方向模块',
    nameEn: 'Modern logistics module',
    kind: 'direction',
  },
  {
    id: 'g-dir-marketing',
    name: '市场营销方向模块',
    nameEn: 'Marketing module',
    kind: 'direction',
  },
  {
    id: 'g-dir-bigdata',
    name: '大数据技术方向模块',
    nameEn: 'Big data technology module',
    kind: 'direction',
  },
  {
    id: 'g-dir-bizadmin',
    name: '工商企业管理方向模块',
    nameEn: 'Business administration module',
    kind: 'direction',
  },
  {
    id: 'g-expansion',
    name: '专业拓展课程（群内互选，修满 192 学时）',
    nameEn: 'Expansion electives (mutual selection, 192 hours)',
    kind: 'expansion',
    electiveQuotaHours: 192,
  },
];
