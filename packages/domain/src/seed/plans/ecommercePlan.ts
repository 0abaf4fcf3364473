import type { PlanSectionId } from '../../plan/sections';
import type { TalentPlanDataInput } from '../../plan/writeTalentPlan';
import { ECOMMERCE_PLAN_SPECS } from './ecommercePlanSpecs';

/** A demo talent plan: its own data plus the narrative sections as plain paragraphs. */
export interface DemoTalentPlan {
  title: string;
  data: TalentPlanDataInput;
  narrative: Partial<Record<PlanSectionId, string[]>>;
  /** Teacher id → demo account e-mail, so the server can link teachers to members. */
  members: Record<string, string>;
}

/**
 * The 2024 cohort's plan for the E-commerce program (530701) of the demo group, consistent with
 * the demo map: its courses, hours and schedule come from the map, its specifications link the
 * map's courses, and its teachers are the dual team of the seed paper (§4.4).
 */
export const ECOMMERCE_PLAN: DemoTalentPlan = {
  title: '电子商务专业 人才培养方案（2024级）',
  data: {
    info: {
      programId: 'ecommerce',
      cohortYear: 2024,
      educationLevel: '高等职业教育专科',
      entryRequirements:
        '普通高级中学毕业、中等职业学校毕业或具备同等学力；经普通高考、分类考试或单独招生录取。',
      lengthYears: 3,
      maxLengthYears: 5,
      minCredits: 150,
      versionLabel: 'v1.0',
    },
    specs: ECOMMERCE_PLAN_SPECS,
    teachers: [
      {
        id: 'tch-wang',
        name: '王晓梅',
        side: 'school',
        organisation: '重庆商务职业学院',
        title: '教授',
        role: 'program-leader',
        courseIds: ['zy401'],
        dualQualified: true,
      },
      {
        id: 'tch-chen',
        name: '陈建国',
        side: 'enterprise',
        organisation: '京东集团',
        title: '区域运营总监',
        role: 'program-leader',
        courseIds: ['zy401', 'zy411'],
      },
      {
        id: 'tch-li',
        name: '李静',
        side: 'school',
        organisation: '重庆商务职业学院',
        title: '副教授',
        role: 'core-teacher',
        courseIds: ['zy405', 'pt206'],
        dualQualified: true,
      },
      {
        id: 'tch-zhang',
        name: '张伟',
        side: 'school',
        organisation: '重庆商务职业学院',
        title: '讲师',
        role: 'core-teacher',
        courseIds: ['zy402', 'zy413'],
        dualQualified: true,
      },
      {
        id: 'tch-zhao',
        name: '赵磊',
        side: 'enterprise',
        organisation: '京东直播基地',
        title: '直播运营经理',
        role: 'enterprise-mentor',
        courseIds: ['zy411', 'zy414'],
      },
      {
        id: 'tch-sun',
        name: '孙丽',
        side: 'enterprise',
        organisation: '京东物流',
        title: '仓储运营主管',
        role: 'part-time',
        courseIds: ['wl426', 'sj304'],
      },
    ],
  },
  members: { 'tch-wang': 'school.leader@tandem.demo', 'tch-chen': 'jd.leader@tandem.demo' },
  narrative: {
    career: [
      '所属专业大类：财经商贸大类（53）；所属专业类：电子商务类（5307）。',
      '对应行业：互联网和相关服务、零售业；主要职业类别：电子商务师、互联网营销师、全媒体运营师。',
      '主要岗位群：店铺运营、直播电商、客户服务、视觉营销、数据运营、短视频运营、仓储配送；职业技能等级证书：网店运营推广、电子商务数据分析、直播电商。',
    ],
    objectives: [
      '本专业培养理想信念坚定，德、智、体、美、劳全面发展，具有一定的科学文化水平，良好的人文素养、职业道德和创新意识，精益求精的工匠精神，较强的就业能力和可持续发展的能力；掌握电子商务运营、直播与短视频、数据分析等知识和技术技能，面向京东等电商企业的店铺运营、直播电商、数据运营等岗位群，能够从事网店运营、直播带货、内容运营和数据分析等工作的高素质技术技能人才。',
    ],
    curriculum: [
      '课程体系按“1平台+6模块”构建：专业群共享平台课程（公共基础、群平台、集中实践）底层共享，方向模块课程中层分立，拓展课程高层互选。',
      '专业核心课程：京东平台店铺运营、网店视觉营销设计、电子商务客户服务、搜索引擎营销与推广、电子商务数据分析、直播电商、短视频策划与运营、电商物流与京东云仓实务。',
      '实行现代学徒制：学生入学后由京东在第3学期选拔学徒，签订学徒协议，按“识岗—跟岗—轮岗—定岗”四阶段在产业学院与京东岗位交替培养。',
    ],
    practice: [
      '实践教学包括课程实训、集中实训、毕业设计和岗位实习，实践学时占总学时50%以上。',
      '岗位实习安排在第5、6学期，共24周，在京东零售、京东物流及京东直播基地完成，由学校教师与企业导师双导师共同指导和考核。',
    ],
    teachers: [
      '专业教师队伍实行“双带头人、双课程负责人、双导师”机制，学生与专任教师比例不高于25:1，双师型教师占专业课教师比例不低于60%。',
      '企业兼职教师承担不少于30%的专业课程学时，主要承担实践性强的课程和岗位实习指导。',
    ],
    conditions: [
      '校内实训基地：京东电商运营推广中心、直播电商实训室（8间直播间）、视觉设计实训室、商务数据分析实训室。',
      '校外实训基地：京东（重庆）客服中心、京东物流亚洲一号仓、京东直播基地。',
      '教学资源：国家级电子商务专业教学资源库、活页式教材与工作手册、京东真实店铺与脱敏运营数据。',
    ],
    assessment: [
      '采用过程性评价与终结性评价相结合、学校评价与企业评价相结合的多元评价方式；取得职业技能等级证书可按规定认定或替代相应课程成绩。',
    ],
    guarantees: [
      '成立由学校与京东共同组成的专业建设指导委员会，每年审议人才培养方案执行情况。',
      '建立教学质量诊断与改进机制，每年开展第三方满意度调查（在校生、毕业生、教师、家长、用人单位），调查结果作为方案修订依据。',
    ],
    graduation: [
      '修满本方案规定的学分，其中必修课程全部合格；体质健康测试达到合格标准。',
      '鼓励取得至少一项与本专业相关的职业技能等级证书。',
    ],
    appendix: ['附：专业建设指导委员会审议意见；修订记录：v1.0（2024年6月）首次制定。'],
  },
};
