import type { DomainMessagesCatalogue } from './domainMessagesEn';

/** 简体中文参考文案，结构与 `domainMessagesEn` 相同（挂在 i18next 的 `domain` 下）。 */
export const domainMessagesZh: DomainMessagesCatalogue = {
  roles: {
    owner: '所有者',
    leader: '带头人',
    coordinator: '协调人',
    editor: '编辑者',
    commenter: '评论者',
    viewer: '查看者',
  },
  validation: {
    required: '此项为必填。',
    notANumber: '“{{value}}”不是数字。',
    notAnInteger: '请输入整数。',
    negative: '不能为负数。',
    tooSmall: '不能小于 {{min}}。',
    tooLarge: '不能大于 {{max}}。',
    step: '必须是 {{step}} 的整数倍。',
    termOutOfRange: '学期应在第 1 至第 6 学期之间。',
    duplicate: '同一个值只能出现一次。',
    notAllowed: '请从以下选项中选择：{{allowed}}。',
    tooLong: '最多 {{max}} 个字符。',
    tooMany: '最多 {{max}} 项。',
    atLeastOne: '至少填写一项。',
    invalidId: '标识符无效。',
    invalidType: '数据类型不正确。',
    invalid: '该值无效。',
    unknownField: '不存在字段“{{field}}”。',
    notFound: '该条目已不存在，可能已被他人删除。',
    unknownReference: '本文档中不存在“{{id}}”。',
    groupNotEmpty: '该课程模块下仍有 {{count}} 门课程或子模块，请先移走。',
    inUse: '仍在使用中。',
    cycle: '课程模块不能放在自身之下。',
    levelNotInScale: '等级“{{level}}”不在对应量表中（{{allowed}}）。',
    alreadyExists: '“{{id}}”已存在。',
  },
  problems: {
    unreadableRoot: '文档中的“{{root}}”部分无法读取。',
    malformedEntry: '“{{root}}”中有一条数据格式错误，已不予显示。',
    invalidField: '“{{field}}”的存储值无效，已显示默认值。',
    danglingReference: '引用的{{ref}}已不存在。',
    newerSchema: '该文档由更新版本的 Tandem 写入（布局版本 {{found}}），请升级后再编辑。',
  },
  rules: {
    R1: { totalHoursLow: '总学时 {{actual}}，低于要求的 {{min}}。' },
    R2: { practiceRatioLow: '实践学时占比 {{actual}}%，应不低于 {{min}}%。' },
    R3: { publicFoundationRatioLow: '公共基础课学时占比 {{actual}}%，应不低于 {{min}}%。' },
    R4: { electiveRatioLow: '选修课学时占比 {{actual}}%，应不低于 {{min}}%。' },
    R5: {
      hoursPerCreditOutOfRange:
        '{{code}}：{{hours}} 学时计 {{credits}} 学分，每学分 {{actual}} 学时（应为 {{min}}–{{max}}）。',
      blockCreditsMismatch:
        '{{code}}：集中实践 {{weeks}} 周应计 {{expected}} 学分，现为 {{actual}}。',
    },
    R6: { coreCourseCount: '专业核心课 {{actual}} 门，应为 {{min}}–{{max}} 门。' },
    R7: { publicCourseMissing: '缺少必修公共课“{{kind}}”。' },
    R8: {
      competencyNotReached: '能力 {{code}} 没有任何课程支撑到最高等级。',
      coreCourseUnaligned: '核心课程 {{code}} 未支撑任何能力。',
      specificationNotReached: '培养规格 {{code}} 没有本专业课程支撑到最高等级。',
      coreCourseNoSpecification: '核心课程 {{code}} 未支撑本方案的任何培养规格。',
    },
    R9: {
      theoryHoursMismatch: '教学内容理论学时合计 {{actual}}，课程为 {{expected}}。',
      practiceHoursMismatch: '教学内容实践学时合计 {{actual}}，课程为 {{expected}}。',
    },
    R10: { dimensionMissing: '尚无“{{dimension}}”维度的课程目标。' },
    R11: { weightsNotTotal: '考核权重合计 {{actual}}%，应为 {{expected}}%。' },
    R12: {
      certificateUncovered: '没有课程对接证书“{{name}}”。',
      positionUncovered: '没有课程对接岗位“{{name}}”。',
    },
    R13: {
      mentorMissing: '{{code}} 由企业授课，但未指定企业导师。',
      venueMissing: '{{code}} 由企业授课，但未指定授课地点。',
    },
    R16: { weeklyLoadHigh: '第 {{term}} 学期周学时 {{actual}}，不应超过 {{max}}。' },
    S1: { directionModuleCount: '现有方向模块 {{actual}} 个，课程体系要求 {{expected}} 个。' },
  },
};
