import type { MapEntityInput } from '../curriculum/mapEntityWrites';

/** 1+X vocational skill certificates and licences the programs prepare for (岗课赛证: 证). */
export const DEMO_CERTIFICATES: Array<MapEntityInput<'certificates'>> = [
  {
    id: 'cert-store',
    name: '网店运营推广职业技能等级证书',
    nameEn: 'Online Store Operation and Promotion',
    kind: '1+X',
    level: 'intermediate',
    programIds: ['ecommerce'],
  },
  {
    id: 'cert-data',
    name: '电子商务数据分析职业技能等级证书',
    nameEn: 'E-commerce Data Analysis',
    kind: '1+X',
    level: 'intermediate',
    programIds: ['ecommerce', 'bigdata'],
  },
  {
    id: 'cert-live',
    name: '直播电商职业技能等级证书',
    nameEn: 'Live-Stream E-commerce',
    kind: '1+X',
    level: 'intermediate',
    programIds: ['ecommerce', 'marketing'],
  },
  {
    id: 'cert-logistics',
    name: '物流管理职业技能等级证书',
    nameEn: 'Logistics Management',
    kind: '1+X',
    level: 'intermediate',
    programIds: ['logistics'],
  },
  {
    id: 'cert-b2b',
    name: '跨境电商B2B数据运营职业技能等级证书',
    nameEn: 'Cross-border E-commerce B2B Data Operations',
    kind: '1+X',
    level: 'intermediate',
    programIds: ['ecommerce', 'marketing'],
  },
  {
    id: 'cert-digital-marketing',
    name: '数字营销技术应用职业技能等级证书',
    nameEn: 'Digital Marketing Technology Application',
    kind: '1+X',
    level: 'intermediate',
    programIds: ['marketing'],
  },
  {
    id: 'cert-python',
    name: '大数据应用开发（Python）职业技能等级证书',
    nameEn: 'Big Data Application Development (Python)',
    kind: '1+X',
    level: 'junior',
    programIds: ['bigdata'],
  },
  {
    id: 'cert-uav',
    name: '民用无人驾驶航空器操控员执照',
    nameEn: 'Civil UAV Operator Licence',
    kind: 'vocational-qualification',
    level: null,
    issuer: '中国民用航空局',
    programIds: ['logistics'],
  },
  {
    id: 'cert-store-digital',
    name: '门店数字化运营与管理职业技能等级证书',
    nameEn: 'Digital Store Operation and Management',
    kind: '1+X',
    level: 'intermediate',
    programIds: ['bizadmin'],
  },
];

/** Skills competitions (岗课赛证: 赛). */
export const DEMO_COMPETITIONS: Array<MapEntityInput<'competitions'>> = [
  {
    id: 'comp-ecommerce',
    name: '全国职业院校技能大赛（高职组）电子商务赛项',
    nameEn: 'National Vocational College Skills Competition: E-commerce',
    level: 'national',
    programIds: ['ecommerce'],
  },
  {
    id: 'comp-logistics',
    name: '全国职业院校技能大赛（高职组）智慧物流赛项',
    nameEn: 'National Vocational College Skills Competition: Smart Logistics',
    level: 'national',
    programIds: ['logistics'],
  },
  {
    id: 'comp-marketing',
    name: '全国职业院校技能大赛（高职组）市场营销赛项',
    nameEn: 'National Vocational College Skills Competition: Marketing',
    level: 'national',
    programIds: ['marketing'],
  },
  {
    id: 'comp-bigdata',
    name: '全国职业院校技能大赛（高职组）大数据应用开发赛项',
    nameEn: 'National Vocational College Skills Competition: Big Data Application Development',
    level: 'national',
    programIds: ['bigdata'],
  },
  {
    id: 'comp-live',
    name: '重庆市职业院校技能大赛 直播电商赛项',
    nameEn: 'Chongqing Vocational College Skills Competition: Live-Stream E-commerce',
    level: 'provincial',
    programIds: ['ecommerce', 'marketing'],
  },
  {
    id: 'comp-innovation',
    name: '中国国际大学生创新大赛',
    nameEn: 'China International College Students’ Innovation Competition',
    level: 'national',
    programIds: [],
  },
];
