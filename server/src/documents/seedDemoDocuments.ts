import {
  DEMO_POLICY_OVERRIDE,
  demoTalentPlan,
  RICH_TEXT_ROOT,
  type StandardSectionId,
  sectionRootName,
  seedDemoCourseStandard,
  seedDemoCourseStandards,
  seedDemoCurriculumMap,
  seedDemoTalentPlan,
  setDocPolicyField,
  setStandardInfoField,
} from '@tandem/domain';
import type * as Y from 'yjs';
import type { DocumentStore } from '../persistence';
import { createDocument } from './createDocument';
import { type RichBlock, writeRichText } from './writeRichText';

/**
 * The demo workspace's documents: the group's curriculum map, the two course standards that
 * describe its courses (linked to the map, narrative sections as rich text), the E-commerce
 * program's talent cultivation plan (reading its courses from the map) and the notes of a
 * committee meeting. Content comes from packages/domain's seed, written for this product.
 */
export async function seedDemoDocuments(
  store: DocumentStore,
  workspaceId: string,
  /** Demo e-mail → user id, so the plan's teachers are linked to members. */
  userIds: Readonly<Record<string, string>> = {},
): Promise<void> {
  const map = await createDocument(store, {
    type: 'curriculum-map',
    title: '电子商务专业群 课程体系（1平台+6模块）',
    workspaceId,
    build: (doc) => {
      seedDemoCurriculumMap(doc);
      for (const [path, value] of policyFields()) must(setDocPolicyField(doc, path, value), path);
    },
  });
  for (const standard of seedDemoCourseStandards()) {
    await createDocument(store, {
      type: 'course-standard',
      title: standard.title,
      workspaceId,
      build: (doc) => {
        must(seedDemoCourseStandard(doc, standard), standard.key);
        must(setStandardInfoField(doc, 'mapDocumentId', map.id), 'mapDocumentId');
        for (const [section, paragraphs] of Object.entries(standard.narrative)) {
          writeParagraphs(doc, sectionRootName(section as StandardSectionId), paragraphs ?? []);
        }
      },
    });
  }
  const plan = demoTalentPlan();
  await createDocument(store, {
    type: 'talent-plan',
    title: plan.title,
    workspaceId,
    build: (doc) => {
      must(seedDemoTalentPlan(doc, plan, { mapDocumentId: map.id, userIds }), 'talent plan');
      for (const [section, paragraphs] of Object.entries(plan.narrative)) {
        writeParagraphs(doc, sectionRootName(section), paragraphs ?? []);
      }
    },
  });
  await createDocument(store, {
    type: 'notes',
    title: '专业群建设委员会 会议纪要（2026年11月）',
    workspaceId,
    build: (doc) => writeRichText(doc, RICH_TEXT_ROOT, MEETING_NOTES),
  });
}

function writeParagraphs(doc: Y.Doc, root: string, paragraphs: readonly string[]): void {
  writeRichText(
    doc,
    root,
    paragraphs.map((text) => ({ kind: 'paragraph', text })),
  );
}

function policyFields(): [string, unknown][] {
  const { rules, ...top } = DEMO_POLICY_OVERRIDE;
  const fields: [string, unknown][] = Object.entries(top);
  for (const [rule, patch] of Object.entries(rules ?? {})) {
    for (const [field, value] of Object.entries(patch ?? {}))
      fields.push([`${rule}.${field}`, value]);
  }
  return fields;
}

function must(result: { ok: boolean }, what: string): void {
  if (!result.ok) throw new Error(`demo seed refused ${what}: ${JSON.stringify(result)}`);
}

const MEETING_NOTES: RichBlock[] = [
  { kind: 'heading', level: 1, text: '电子商务专业群建设委员会 第四次会议纪要' },
  {
    kind: 'paragraph',
    text: '时间：2026年11月20日 14:30　地点：京东（宿迁）客服中心 3 号会议室、学院实训楼 B201（线上同步）',
  },
  {
    kind: 'paragraph',
    text: '出席：学校方 7 人，企业方 6 人（京东零售、京东物流、京东直播基地）；列席：2023 级学生代表 2 人。',
  },
  { kind: 'heading', level: 2, text: '一、议题' },
  {
    kind: 'list',
    ordered: true,
    items: [
      '审议《直播电商》课程标准（第 3 稿），重点是京东直播基地实训学时安排。',
      '“1 平台 + 6 模块”课程体系中“数据运营”方向模块的课程调整。',
      '2026 级现代学徒制岗位轮岗计划（识岗—跟岗—轮岗—定岗）。',
    ],
  },
  { kind: 'heading', level: 2, text: '二、决议' },
  {
    kind: 'list',
    ordered: false,
    items: [
      '《直播电商》实践学时由 32 调整为 48，其中 16 学时在京东直播基地完成，由企业导师授课。',
      '“商务数据分析”纳入专业群核心课，对接 1+X 电子商务数据分析职业技能等级证书。',
      '学徒岗位轮岗周期定为每岗 4 周，学校与企业双导师共同考核。',
    ],
  },
  { kind: 'heading', level: 2, text: '三、待办' },
  {
    kind: 'list',
    ordered: false,
    items: [
      '王晓梅（学校）：12 月 1 日前提交课程标准修订稿，供双方带头人签署。',
      '陈建国（企业）：提供 2025 年“双 11”直播真实数据（脱敏）作为教学案例。',
    ],
  },
];
