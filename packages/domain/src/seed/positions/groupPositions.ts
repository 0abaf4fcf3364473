import type { PositionSeed } from './PositionSeed';

/** Positions of logistics, marketing, big data and business administration. */
export const GROUP_POSITIONS: PositionSeed[] = [
  {
    id: 'p-warehouse',
    name: '仓储配送',
    nameEn: 'Warehousing and Delivery',
    programIds: ['logistics', 'ecommerce'],
    description: '在京东校园云仓完成入库、拣货、打包、出库与末端配送。',
    tasks: [
      [
        't-wh-ops',
        '入库、在库与出库作业',
        'Inbound, storage and outbound operations',
        [
          ['WD-K1', '仓储作业流程与WMS知识', 'Warehouse processes and WMS'],
          ['WD-S1', '拣货、复核与打包作业', 'Picking, checking and packing'],
        ],
      ],
      [
        't-wh-delivery',
        '配送调度与末端配送',
        'Dispatch and last-mile delivery',
        [
          ['WD-S2', '配送线路规划与调度', 'Route planning and dispatch'],
          ['WD-Q1', '安全作业与成本意识', 'Safety and cost awareness'],
        ],
      ],
    ],
  },
  {
    id: 'p-drone',
    name: '无人机配送',
    nameEn: 'Drone Delivery',
    programIds: ['logistics'],
    description: '在京东无人机服务中心完成无人机载货配送、航线规划与设备维护。',
    tasks: [
      [
        't-drone-fly',
        '无人机飞行与载货配送',
        'UAV flight and cargo delivery',
        [
          ['UAV-K1', '民用无人机法规与空域知识', 'Civil UAV regulations and airspace'],
          ['UAV-S1', '无人机操控与航线规划', 'UAV piloting and route planning'],
        ],
      ],
      [
        't-drone-maint',
        '设备检查与维护',
        'Equipment checks and maintenance',
        [
          ['UAV-S2', '飞行前检查与日常维护', 'Pre-flight checks and maintenance'],
          ['UAV-Q1', '飞行安全责任意识', 'Flight safety responsibility'],
        ],
      ],
    ],
  },
  {
    id: 'p-brand',
    name: '品牌与数字营销',
    nameEn: 'Brand and Digital Marketing',
    programIds: ['marketing'],
    description: '负责市场分析、营销策划、品牌推广与数字广告投放。',
    tasks: [
      [
        't-brand-plan',
        '营销策划与品牌推广',
        'Marketing planning and brand promotion',
        [
          ['BM-K1', '消费者洞察与市场分析', 'Consumer insight and market analysis'],
          ['BM-S1', '营销方案策划与执行', 'Campaign planning and execution'],
        ],
      ],
      [
        't-brand-digital',
        '数字营销投放与效果评估',
        'Digital campaign delivery and evaluation',
        [
          ['BM-S2', '数字广告投放与效果分析', 'Digital ad delivery and performance analysis'],
          ['BM-Q1', '商业伦理与沟通协作', 'Business ethics, communication and teamwork'],
        ],
      ],
    ],
  },
  {
    id: 'p-bigdata',
    name: '大数据采集与处理',
    nameEn: 'Big Data Collection and Processing',
    programIds: ['bigdata'],
    description: '负责业务数据的采集、存储、清洗、分析与可视化。',
    tasks: [
      [
        't-bd-pipeline',
        '数据采集与存储',
        'Data collection and storage',
        [
          ['BD-K1', '数据库与大数据平台原理', 'Databases and big data platforms'],
          ['BD-S1', 'Python 数据采集与清洗', 'Python data collection and cleaning'],
        ],
      ],
      [
        't-bd-analysis',
        '数据分析与可视化',
        'Analysis and visualisation',
        [
          ['BD-S2', '数据可视化与看板开发', 'Visualisation and dashboard building'],
          ['BD-Q1', '严谨求实的数据伦理', 'Rigour and data ethics'],
        ],
      ],
    ],
  },
  {
    id: 'p-storemgmt',
    name: '门店运营管理',
    nameEn: 'Retail Store Management',
    programIds: ['bizadmin'],
    description: '在零售创新综合实践基地负责门店运营、商品与人员管理。',
    tasks: [
      [
        't-sm-ops',
        '门店日常运营',
        'Daily store operations',
        [
          ['SM-K1', '连锁门店运营管理知识', 'Chain store operations knowledge'],
          ['SM-S1', '商品陈列与库存管理', 'Merchandising and inventory management'],
        ],
      ],
      [
        't-sm-team',
        '团队与经营管理',
        'Team and business management',
        [
          ['SM-S2', '排班、绩效与人员管理', 'Scheduling, performance and staff management'],
          ['SM-Q1', '经营责任与成本意识', 'Business ownership and cost awareness'],
        ],
      ],
    ],
  },
];
