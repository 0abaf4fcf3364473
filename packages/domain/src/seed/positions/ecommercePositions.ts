import type { PositionSeed } from './PositionSeed';

/** Positions of the e-commerce side of the chain (the JD.com centres of the paper's §4.1). */
export const ECOMMERCE_POSITIONS: PositionSeed[] = [
  {
    id: 'p-store',
    name: '店铺运营',
    nameEn: 'Store Operations',
    programIds: ['ecommerce'],
    description: '负责京东等平台店铺的日常运营、商品管理与推广活动。',
    tasks: [
      [
        't-store-setup',
        '店铺开设与商品上架',
        'Store setup and product listing',
        [
          ['ST-K1', '京东平台规则与类目知识', 'JD marketplace rules and category knowledge'],
          ['ST-S1', '商品发布与详情页优化', 'Product listing and detail-page optimisation'],
        ],
      ],
      [
        't-store-promo',
        '店铺推广与活动策划',
        'Store promotion and campaign planning',
        [
          ['ST-S2', '站内推广工具投放', 'On-site advertising tools'],
          ['ST-Q1', '诚信经营与合规意识', 'Integrity and compliance awareness'],
        ],
      ],
    ],
  },
  {
    id: 'p-live',
    name: '直播电商',
    nameEn: 'Live-Stream Commerce',
    programIds: ['ecommerce', 'marketing'],
    description: '在京东综合媒体直播创作中心完成直播策划、主播与场控、直播复盘。',
    tasks: [
      [
        't-live-plan',
        '直播策划与选品',
        'Live-stream planning and product selection',
        [
          ['LV-K1', '直播平台规则与选品逻辑', 'Platform rules and product selection logic'],
          ['LV-S1', '直播脚本撰写与排品', 'Script writing and product sequencing'],
        ],
      ],
      [
        't-live-host',
        '直播执行与复盘',
        'Live-stream execution and review',
        [
          ['LV-S2', '主播控场与互动转化', 'Hosting, audience interaction and conversion'],
          ['LV-Q1', '临场应变与抗压能力', 'Composure and resilience under pressure'],
        ],
      ],
    ],
  },
  {
    id: 'p-service',
    name: '客户服务',
    nameEn: 'Customer Service',
    programIds: ['ecommerce', 'bizadmin'],
    description: '在京东客服中心承担售前咨询、售后处理与客户关系维护。',
    tasks: [
      [
        't-svc-presale',
        '售前咨询与订单促成',
        'Pre-sale enquiries and order conversion',
        [
          ['CS-K1', '商品知识与客服话术规范', 'Product knowledge and service script standards'],
          ['CS-S1', '在线咨询响应与转化', 'Online enquiry response and conversion'],
        ],
      ],
      [
        't-svc-aftersale',
        '售后处理与客户维护',
        'After-sales handling and customer retention',
        [
          ['CS-S2', '退换货与投诉处理', 'Returns, exchanges and complaint handling'],
          ['CS-Q1', '服务意识与同理心', 'Service mindset and empathy'],
        ],
      ],
    ],
  },
  {
    id: 'p-visual',
    name: '视觉营销',
    nameEn: 'Visual Marketing',
    programIds: ['ecommerce'],
    description: '负责商品拍摄、图片处理与店铺视觉设计。',
    tasks: [
      [
        't-vis-shoot',
        '商品拍摄与修图',
        'Product shooting and retouching',
        [
          ['VM-K1', '构图、色彩与布光知识', 'Composition, colour and lighting'],
          ['VM-S1', '商品拍摄与图片精修', 'Product photography and image retouching'],
        ],
      ],
      [
        't-vis-design',
        '店铺视觉设计',
        'Store visual design',
        [
          ['VM-S2', '首页与详情页视觉设计', 'Home and detail page visual design'],
          ['VM-Q1', '审美素养与版权意识', 'Aesthetic literacy and copyright awareness'],
        ],
      ],
    ],
  },
  {
    id: 'p-data',
    name: '数据运营',
    nameEn: 'Data Operations',
    programIds: ['ecommerce', 'bigdata'],
    description: '在大数据运营中心采集、分析运营数据，支撑店铺与营销决策。',
    tasks: [
      [
        't-data-collect',
        '运营数据采集与处理',
        'Operations data collection and processing',
        [
          ['DO-K1', '电商数据指标体系', 'E-commerce metrics system'],
          ['DO-S1', '数据采集、清洗与报表制作', 'Data collection, cleaning and reporting'],
        ],
      ],
      [
        't-data-insight',
        '数据分析与运营决策',
        'Data analysis for operational decisions',
        [
          ['DO-S2', '流量、转化与客户分析', 'Traffic, conversion and customer analysis'],
          ['DO-Q1', '数据安全与隐私保护意识', 'Data security and privacy awareness'],
        ],
      ],
    ],
  },
  {
    id: 'p-video',
    name: '短视频运营',
    nameEn: 'Short-Video Operations',
    programIds: ['ecommerce', 'marketing'],
    description: '负责短视频选题策划、拍摄剪辑与账号运营。',
    tasks: [
      [
        't-video-plan',
        '短视频选题与脚本',
        'Topic selection and scripting',
        [
          [
            'SV-K1',
            '短视频平台推荐机制与内容规则',
            'Platform recommendation mechanisms and content rules',
          ],
          ['SV-S1', '短视频脚本策划', 'Short-video script planning'],
        ],
      ],
      [
        't-video-produce',
        '拍摄剪辑与账号运营',
        'Shooting, editing and account operations',
        [
          ['SV-S2', '拍摄剪辑与发布', 'Shooting, editing and publishing'],
          ['SV-Q1', '正确的内容价值导向', 'Responsible content values'],
        ],
      ],
    ],
  },
];
