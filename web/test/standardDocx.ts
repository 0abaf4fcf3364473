import { Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { boldPara, heading, para, table } from './docxParts';

/** A 1×1 PNG: the smallest real image Word will embed. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** Words the tests look for after the import. */
export const SAMPLE = {
  nature: '本课程是电子商务专业的核心课程，服务网店运营岗位。',
  rationale: '以真实网店运营项目为载体组织教学。',
  unplacedHeading: '七、教学团队',
  unplacedText: '由校内专任教师与企业导师组成双师团队。',
  module: '网店开设',
  goodTask: '店铺注册与装修',
  badTask: '商品发布',
  appendix: '附录内容：课程修订记录。',
} as const;

/**
 * A college's course standard as Word writes it: heading-styled sections with "一、" numbering,
 * the objectives, content and assessment tables, a section the template does not have, an
 * image, and an appendix set as a bold paragraph instead of a heading.
 */
export function sampleStandardDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [new TextRun('《网店运营》课程标准')],
          }),
          heading('一、课程性质与定位'),
          new Paragraph({
            children: [
              new TextRun(SAMPLE.nature),
              new TextRun({ text: '重点培养数据分析能力。', bold: true }),
            ],
          }),
          heading('二、课程设计思路'),
          heading('（一）设计理念', 2),
          para(SAMPLE.rationale),
          new Paragraph({ text: '岗课赛证融通', bullet: { level: 0 } }),
          heading('三、课程目标'),
          table([
            ['编号', '维度', '目标'],
            ['K1', '知识', '掌握网店运营的基本流程'],
            ['', '技能', '能独立完成商品上架'],
            ['Q1', '素质', '具备诚信经营意识'],
          ]),
          heading('四、课程内容与要求'),
          table([
            [
              '模块',
              '项目/任务',
              '内容与要求',
              '理论学时',
              '实践学时',
              '教学场地',
              '授课方',
              '证书项目',
            ],
            [
              { text: SAMPLE.module, rowSpan: 2 },
              SAMPLE.goodTask,
              '完成店铺开设',
              '4',
              '8',
              '电商实训室',
              '校企共同',
              '网店运营推广（初级）',
            ],
            [SAMPLE.badTask, '发布商品', '十二', '6', '校内', '学校', ''],
            ['合计', '', '', '4', '14', '', '', ''],
          ]),
          heading('五、教学实施'),
          para('采用项目教学法，企业导师驻校指导。'),
          heading('六、课程考核与评价'),
          para('过程考核与期末考核相结合。'),
          table([
            ['考核项目', '考核方式', '比例'],
            ['平时表现', '出勤与作业', '30%'],
            ['项目实训', '企业导师评分', '40%'],
            ['期末考试', '笔试', '30%'],
          ]),
          heading(SAMPLE.unplacedHeading),
          para(SAMPLE.unplacedText),
          heading('八、教学资源'),
          para('推荐教材：《网店运营实务》。'),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: PIXEL,
                transformation: { width: 10, height: 10 },
                altText: { name: 'logo', description: '平台截图', title: '平台截图' },
              }),
            ],
          }),
          boldPara('九、附录'),
          para(SAMPLE.appendix),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
