import type { ExportLanguage, StructuredChange, VersionKind } from '@tandem/protocol';

/**
 * The words of a comparison's Word file, in the wording the history page uses for the same
 * things (web/src/i18n/history.*.ts). Section titles and field names come from `exportLabels`.
 */
export interface CompareLabels {
  /** Under the document's title on the first page. */
  subtitle: string;
  fileName: (documentTitle: string) => string;
  from: string;
  to: string;
  current: string;
  point: (seq: number) => string;
  versionKinds: Record<VersionKind, string>;
  /** A version's name with its time: "定稿（2026年5月4日 09:30）". */
  withTime: (name: string, time: string) => string;
  filteredTo: (who: string) => string;
  howToReview: string;
  peopleHeading: string;
  peopleColumns: { name: string; side: string; inserted: string; deleted: string; other: string };
  /** A tracked change's author as Word's Review pane shows it: the person and their side. */
  author: (name: string, side: string | null) => string;
  unknownAuthor: string;
  textHeading: string;
  rootText: string;
  unchanged: (sections: string) => string;
  noTextChanges: string;
  noChanges: string;
  structuredHeading: string;
  structuredColumns: { item: string; field: string; before: string; after: string; by: string };
  changeKinds: Record<StructuredChange['change'], string>;
  collections: Record<string, string>;
  /** A row of the structured table: "课程目标：objective S3". */
  item: (collection: string, entity: string) => string;
  list: string;
}

const zh: CompareLabels = {
  subtitle: '版本对比（修订稿）',
  fileName: (t) => `${t}（版本对比）.docx`,
  from: '原版本',
  to: '新版本',
  current: '当前版本',
  point: (seq) => `第 ${seq} 次更新后`,
  versionKinds: { auto: '自动版本', named: '命名版本', session: '会议版本', restore: '恢复版本' },
  withTime: (name, time) => `${name}（${time}）`,
  filteredTo: (who) => `仅列出 ${who} 的改动。`,
  howToReview: '正文的改动以 Word 修订记录写入，可在“审阅”选项卡中查看修订人并逐条接受或拒绝。',
  peopleHeading: '修改人',
  peopleColumns: {
    name: '姓名',
    side: '所属方',
    inserted: '新增（字）',
    deleted: '删除（字）',
    other: '其他改动（项）',
  },
  author: (name, side) => (side ? `${name}（${side}）` : name),
  unknownAuthor: '未知',
  textHeading: '正文改动',
  rootText: '正文',
  unchanged: (s) => `无改动的部分：${s}。`,
  noTextChanges: '正文无改动。',
  noChanges: '这两个版本之间没有改动。',
  structuredHeading: '课程与设置的改动',
  structuredColumns: {
    item: '项目',
    field: '字段',
    before: '修改前',
    after: '修改后',
    by: '修改人',
  },
  changeKinds: { added: '新增', removed: '删除', changed: '修改', moved: '移动' },
  collections: {
    meta: '文档头',
    settings: '设置',
    programs: '专业',
    groups: '课程组',
    courses: '课程',
    positions: '岗位',
    tasks: '工作任务',
    competencies: '能力',
    certificates: '证书',
    competitions: '竞赛',
    scales: '对应程度等级',
    alignments: '对应关系',
    policy: '规则标准',
    info: '课程信息',
    authors: '编写人员',
    objectives: '课程目标',
    units: '内容单元',
    assessment: '考核',
    resources: '教学资源',
  },
  item: (c, e) => `${c}：${e}`,
  list: '、',
};

const en: CompareLabels = {
  subtitle: 'Comparison of versions (redline)',
  fileName: (t) => `${t} (comparison).docx`,
  from: 'From',
  to: 'To',
  current: 'Current version',
  point: (seq) => `After update ${seq}`,
  versionKinds: {
    auto: 'Automatic version',
    named: 'Named version',
    session: 'Session version',
    restore: 'Restore',
  },
  withTime: (name, time) => `${name} (${time})`,
  filteredTo: (who) => `Only the changes by ${who} are listed.`,
  howToReview:
    'Text changes are Word tracked changes: the Review tab shows who made each one and can accept or reject it.',
  peopleHeading: 'Changed by',
  peopleColumns: {
    name: 'Name',
    side: 'Side',
    inserted: 'Inserted (characters)',
    deleted: 'Deleted (characters)',
    other: 'Other changes',
  },
  author: (name, side) => (side ? `${name} (${side})` : name),
  unknownAuthor: 'unknown',
  textHeading: 'Text changes',
  rootText: 'Text',
  unchanged: (s) => `Unchanged: ${s}.`,
  noTextChanges: 'No changes to the text.',
  noChanges: 'No changes between these versions.',
  structuredHeading: 'Changes to courses and settings',
  structuredColumns: { item: 'Item', field: 'Field', before: 'Before', after: 'After', by: 'By' },
  changeKinds: { added: 'Added', removed: 'Removed', changed: 'Changed', moved: 'Moved' },
  collections: {
    meta: 'Header',
    settings: 'Settings',
    programs: 'Programs',
    groups: 'Course groups',
    courses: 'Courses',
    positions: 'Positions',
    tasks: 'Work tasks',
    competencies: 'Competencies',
    certificates: 'Certificates',
    competitions: 'Competitions',
    scales: 'Mapping scales',
    alignments: 'Alignments',
    policy: 'Policy',
    info: 'Course information',
    authors: 'Authors',
    objectives: 'Objectives',
    units: 'Content units',
    assessment: 'Assessment',
    resources: 'Resources',
  },
  item: (c, e) => `${c}: ${e}`,
  list: ', ',
};

export function compareLabels(lang: ExportLanguage): CompareLabels {
  return lang === 'en' ? en : zh;
}
