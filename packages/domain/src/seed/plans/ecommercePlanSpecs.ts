import type { TalentPlanDataInput } from '../../plan/writeTalentPlan';

type SpecInput = NonNullable<TalentPlanDataInput['specs']>[number];
const DIMENSIONS = { Q: 'quality', K: 'knowledge', A: 'ability' } as const;

/** A specification coded Q1/K1/A1 (the letter is its dimension), linked to courses by id. */
function spec(
  code: string,
  text: string,
  textEn: string,
  courses: Record<string, string>,
): SpecInput {
  return {
    id: `spec-${code.toLowerCase()}`,
    dimension: DIMENSIONS[code[0] as keyof typeof DIMENSIONS],
    code,
    text,
    textEn,
    courses,
  };
}

/**
 * The e-commerce program's training specifications (培养规格), each linked on the I/R/M scale to
 * the courses of the demo map that build it. Every specification is reached at M and every core
 * course (the eight 专业核心课) supports one, so the demo plan passes R8.
 */
export const ECOMMERCE_PLAN_SPECS: SpecInput[] = [
  spec(
    'Q1',
    '坚定拥护中国共产党领导和中国特色社会主义制度，具有深厚的爱国情感和中华民族自豪感。',
    'Supports the leadership of the Party and the socialist system; patriotic and proud of the nation.',
    { gb101: 'M', gb102: 'R', gb103: 'M', gb104: 'R' },
  ),
  spec(
    'Q2',
    '崇德向善、诚实守信，遵守电子商务法律法规与平台规则，具有质量意识、安全意识和社会责任感。',
    'Honest and law-abiding; follows e-commerce law and platform rules; aware of quality, safety and social responsibility.',
    { gb101: 'R', zy403: 'M', tz505: 'R', gb115: 'I' },
  ),
  spec(
    'Q3',
    '具有健康的体魄、心理和健全的人格，掌握基本运动知识和一两项运动技能，养成良好的行为习惯。',
    'Physically and mentally healthy, with one or two sports skills and good habits.',
    { gb105: 'M', gb108: 'M', gb107: 'R' },
  ),
  spec(
    'Q4',
    '具有精益求精的工匠精神、劳动精神和团队合作意识，能适应电商企业快节奏的工作要求。',
    'Craftsmanship, respect for work and teamwork; copes with the pace of e-commerce companies.',
    { sj304: 'M', gb109: 'R', zy411: 'R', sj302: 'R' },
  ),
  spec(
    'K1',
    '掌握必备的思想政治理论、科学文化基础知识和中华优秀传统文化知识，以及英语、信息技术与经济数学基础知识。',
    'Political theory, science and culture, English, information technology and economic mathematics.',
    { gb110: 'M', gb111: 'M', gb112: 'M', gb121: 'I' },
  ),
  spec(
    'K2',
    '掌握电子商务、市场营销、管理学、经济学与会计的基本理论和方法。',
    'The theory and methods of e-commerce, marketing, management, economics and accounting.',
    { pt201: 'M', pt202: 'M', pt203: 'R', pt204: 'R', pt208: 'R' },
  ),
  spec(
    'K3',
    '掌握网店开设、商品发布、视觉营销和搜索引擎推广的规则、流程与方法。',
    'Rules, processes and methods of opening a store, listing products, visual marketing and search promotion.',
    { zy401: 'M', zy402: 'R', zy404: 'M' },
  ),
  spec(
    'K4',
    '掌握商务数据采集、分析与可视化方法，以及电商物流与供应链的基本知识。',
    'Business data collection, analysis and visualisation; e-commerce logistics and supply chains.',
    { zy405: 'M', pt206: 'R', wl426: 'M', pt205: 'I' },
  ),
  spec(
    'K5',
    '掌握直播策划、主播话术、短视频策划与拍摄剪辑的知识。',
    'Live-stream planning, host scripting, short-video planning, shooting and editing.',
    { zy411: 'M', zy412: 'M', zy414: 'R', tz509: 'I' },
  ),
  spec(
    'A1',
    '能够在京东等主流平台完成店铺开设、商品上架、活动策划和日常运营。',
    'Opens and runs a store on JD.com and other platforms: listings, campaigns and daily operations.',
    { zy401: 'M', zy406: 'R', sj304: 'R' },
  ),
  spec(
    'A2',
    '能够完成商品拍摄、图片处理和店铺视觉设计。',
    'Photographs products, edits images and designs a store’s visuals.',
    { zy402: 'M', zy413: 'M' },
  ),
  spec(
    'A3',
    '能够策划与执行直播带货，策划、拍摄并运营短视频内容。',
    'Plans and runs live-stream selling; plans, shoots and operates short-video content.',
    { zy411: 'M', zy412: 'M', zy414: 'R' },
  ),
  spec(
    'A4',
    '能够运用数据分析工具进行运营诊断，并开展搜索推广与新媒体营销。',
    'Diagnoses operations with data tools; runs search promotion and new-media marketing.',
    { zy405: 'M', zy404: 'M', pt206: 'R', pt207: 'R' },
  ),
  spec(
    'A5',
    '能够处理售前、售中、售后客户服务，具有良好的沟通表达能力。',
    'Handles pre-sale, in-sale and after-sale service; communicates well.',
    { zy403: 'M', gb124: 'R', gb123: 'I' },
  ),
  spec(
    'A6',
    '能够协同仓储配送环节，完成订单履约与京东云仓业务操作。',
    'Works with warehousing and delivery: order fulfilment and JD cloud-warehouse operations.',
    { wl426: 'M', pt205: 'R' },
  ),
  spec(
    'A7',
    '具有探究学习、终身学习和创新创业能力，能完成综合性毕业设计。',
    'Learns independently and for life; innovates and starts businesses; completes a capstone project.',
    { gb114: 'M', sj303: 'M', gb113: 'R' },
  ),
];
