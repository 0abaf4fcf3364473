import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { boldPara, heading, para, table } from './docxParts';

/** Words the tests look for after a talent plan's import. */
export const PLAN_SAMPLE = {
  title: '电子商务专业人才培养方案（2025级）',
  career: '面向电子商务师、互联网营销师等职业，从事网店运营、直播电商等岗位。',
  goal: '培养德智体美劳全面发展的高素质技术技能人才。',
  quality: '具有诚信经营意识和良好的职业道德。',
  knowledge: '掌握电子商务数据分析的基本方法。',
  ability: '能够独立完成网店的日常运营。',
  badSpec: '热爱劳动，吃苦耐劳。',
  badDimension: '其他',
  course: '网店运营实务',
  leader: '王晓梅',
  mentor: '陈刚',
  lecturer: '刘洋',
  appendix: '附件：教学进程表、专业人才培养方案审批表。',
} as const;

/**
 * A college's talent plan as Word writes it: the fourteen sections numbered 一 to 十四 (a few
 * under the names other colleges give them), a table of specifications with a code left out and
 * a dimension the plan does not know, the course list and the schedule (which the plan reads
 * from the curriculum map), the teaching team, and the appendix as a bold paragraph.
 */
export function samplePlanDocx(): Promise<Buffer> {
  const s = PLAN_SAMPLE;
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(s.title)] }),
          heading('一、专业名称及代码'),
          para('电子商务（530701）'),
          heading('二、招生对象'),
          para('普通高级中学毕业、中等职业学校毕业或具有同等学力者。'),
          heading('三、修业年限'),
          para('基本修业年限三年。'),
          heading('四、职业面向'),
          para(s.career),
          heading('五、培养目标与培养规格'),
          para(s.goal),
          table([
            ['代码', '维度', '培养规格'],
            ['Q5', '素质', s.quality],
            ['', '知识', s.knowledge],
            ['A8', '', s.ability],
            ['Q6', s.badDimension, s.badSpec],
          ]),
          heading('六、课程设置及要求'),
          para('课程分为公共基础课程和专业课程。'),
          table([
            ['课程名称', '学分', '学时', '主要教学内容'],
            [s.course, '4', '64', '店铺开设、商品发布与推广'],
          ]),
          heading('七、教学进程总体安排'),
          table([
            [
              { text: '课程代码', rowSpan: 2 },
              { text: '课程名称', rowSpan: 2 },
              { text: '学分', rowSpan: 2 },
              { text: '学时', columnSpan: 2 },
              { text: '各学期周学时分配', columnSpan: 2 },
            ],
            ['理论', '实践', '1', '2'],
            ['ZY401', s.course, '4', '24', '40', '', '4'],
          ]),
          heading('八、实践教学'),
          para('实践教学包括校内实训、岗位实习和毕业设计。'),
          heading('九、教学团队'),
          para('专兼结合的双师团队。'),
          table([
            ['序号', '姓名', '来源', '工作单位', '职称', '角色', '双师型'],
            ['1', s.leader, '校内', '重庆商务职业学院', '教授', '专业带头人', '是'],
            ['2', s.mentor, '企业', '京东物流重庆分公司', '运营总监', '', '✓'],
            ['3', s.lecturer, '', '', '讲师', '', '否'],
          ]),
          heading('十、教学条件与资源'),
          para('校内建有电子商务综合实训中心。'),
          heading('十一、学习评价'),
          para('过程性评价与终结性评价相结合。'),
          heading('十二、实施保障'),
          para('建立专业建设指导委员会，定期诊断改进。'),
          heading('十三、毕业要求'),
          para('修满规定学分，取得至少一项职业技能等级证书。'),
          boldPara('十四、附录'),
          para(s.appendix),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
