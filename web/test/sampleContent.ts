import type { Page } from 'playwright-core';
import { focusEditorEnd, settle } from './browser';

/** A realistic course standard, typed through the UI (markdown shortcuts + the table button). */
export interface SampleContent {
  heading: string;
  sections: Array<{ title: string; paragraphs?: string[]; bullets?: string[] }>;
  table: { label: string; rows: string[][] };
  /** The toolbar's "Insert table" label in the page's language. */
  insertTableLabel: string;
}

export const SAMPLE_EN: SampleContent = {
  heading: 'Live-Commerce Operations — Course Standard',
  sections: [
    {
      title: '1. Course nature and purpose',
      paragraphs: [
        'A core course of the e-commerce professional group, co-developed with JD.com. Students plan, run and review a live-commerce session end to end, on real products and real data.',
      ],
    },
    {
      title: '2. Course objectives',
      bullets: [
        'Knowledge: product selection, script planning and post-session data review.',
        'Skills: run a two-hour live session as host, assistant or operator.',
        'Attitude: compliance with advertising law and platform rules.',
      ],
    },
  ],
  table: {
    label: '3. Teaching units and hours',
    rows: [
      ['Unit', 'Theory', 'Practice'],
      ['Product selection', '4', '8'],
      ['Script planning', '4', '12'],
    ],
  },
  insertTableLabel: 'Insert table',
};

export const SAMPLE_ZH: SampleContent = {
  heading: '《直播电商运营》课程标准',
  sections: [
    {
      title: '一、课程性质与任务',
      paragraphs: [
        '本课程是电子商务专业群的专业核心课程，由学校与京东共同开发。学生依托真实商品与真实数据，完整经历一场直播的策划、执行与复盘。',
      ],
    },
    {
      title: '二、课程目标',
      bullets: [
        '知识目标：掌握直播选品、脚本策划与数据复盘的基本方法。',
        '能力目标：能够以主播、助播或运营身份完成两小时直播。',
        '素质目标：遵守广告法与平台规则，具备诚信经营意识。',
      ],
    },
  ],
  table: {
    label: '三、教学单元与学时分配',
    rows: [
      ['教学单元', '理论学时', '实践学时'],
      ['直播选品', '4', '8'],
      ['脚本策划', '4', '12'],
    ],
  },
  insertTableLabel: '插入表格',
};

async function typeLine(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await settle(page);
  await page.keyboard.press('Enter');
  await settle(page);
}

export async function typeSampleContent(page: Page, content: SampleContent): Promise<void> {
  await focusEditorEnd(page);
  await typeLine(page, `# ${content.heading}`);
  for (const section of content.sections) {
    await typeLine(page, `## ${section.title}`);
    for (const paragraph of section.paragraphs ?? []) await typeLine(page, paragraph);
    if (section.bullets) {
      await page.keyboard.type('- ');
      for (const bullet of section.bullets) await typeLine(page, bullet);
      await page.keyboard.press('Enter'); // an empty item ends the list
      await settle(page);
    }
  }
  await typeLine(page, `## ${content.table.label}`);
  await page.getByRole('button', { name: content.insertTableLabel }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[type="number"]').first().fill(String(content.table.rows.length));
  await dialog.locator('button[type="submit"]').click();
  await page.locator('.editor__content table').waitFor();
  for (const [rowIndex, row] of content.table.rows.entries()) {
    for (const [cellIndex, cell] of row.entries()) {
      await page.keyboard.type(cell);
      const last = rowIndex === content.table.rows.length - 1 && cellIndex === row.length - 1;
      if (!last) await page.keyboard.press('Tab');
      await settle(page);
    }
  }
}
