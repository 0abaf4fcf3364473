import type { Side } from '@tandem/domain';
import type { MinutesLanguage, MotionView, Outcome, SessionState } from '@tandem/protocol';
import { createDocument, type RichBlock } from '../documents';
import type { DocumentStore } from '../persistence';
import type { SessionDeps } from './SessionService';

/** One document changed during a session: by whom and how many edits. */
export interface SessionEdit {
  documentId: string;
  title: string;
  edits: number;
  editorIds: string[];
}

/**
 * What was edited in the workspace between start and end, read from the update log, so the
 * minutes show real changes and not what people said they changed. Server-made updates (the
 * minutes themselves, restores) do not count.
 */
export async function editsDuring(
  store: DocumentStore,
  workspaceId: string,
  from: number,
  to: number,
): Promise<SessionEdit[]> {
  const docs = await store.listDocuments({ workspaceIds: [workspaceId] });
  const edits: SessionEdit[] = [];
  for (const doc of docs) {
    if (doc.updatedAt < from) continue;
    const updates = (await store.readUpdates(doc.id, 0)).filter(
      (u) => u.createdAt >= from && u.createdAt <= to && !u.connId.startsWith('server:'),
    );
    if (updates.length === 0) continue;
    const editorIds = [...new Set(updates.flatMap((u) => (u.userId ? [u.userId] : [])))];
    edits.push({ documentId: doc.id, title: doc.title, edits: updates.length, editorIds });
  }
  return edits;
}

/** The language and time zone the minutes are written in: the chair's, sent when ending. */
export interface MinutesStyle {
  language: MinutesLanguage;
  timeZone: string;
}

interface MinutesText {
  title(title: string): string;
  held(from: string, to: string): string;
  zoned(time: string, zone: string): string;
  attendance: string;
  side: Record<Side, string>;
  count(label: string, n: number, names: string): string;
  decisions: string;
  outcome(label: string): string;
  outcomes: Record<Outcome | 'undecided', string>;
  motion(m: MotionView): string;
  edits: string;
  noEdits: string;
  edited(title: string, n: number, names: string): string;
  actions: string;
  noActions: string;
  action(text: string, owner: string, item: string): string;
  version(title: string): string;
  list: string;
}

/**
 * The minutes are a document, written once, so they are written in one language rather than
 * through the web's catalogues; both texts live here, side by side.
 */
const TEXT: Record<MinutesLanguage, MinutesText> = {
  en: {
    title: (title) => `Minutes: ${title}`,
    held: (from, to) => `Held ${from} to ${to}.`,
    zoned: (time, zone) => `${time} (${zone})`,
    attendance: 'Attendance',
    side: { school: 'School', enterprise: 'Enterprise' },
    count: (label, n, names) => `${label} (${n}): ${names}`,
    decisions: 'Decisions',
    outcome: (label) => `Outcome: ${label}`,
    outcomes: {
      approved: 'approved',
      'approved-with-actions': 'approved with actions',
      tabled: 'tabled',
      rejected: 'rejected',
      undecided: 'not decided',
    },
    motion: ({ text, tally, quorum }) =>
      `Motion “${text}”: ${tally.for} for, ${tally.against} against, ${tally.abstain} abstaining; ` +
      `${quorum.voted} of ${quorum.required} required votes (school ${quorum.bySide.school}, ` +
      `enterprise ${quorum.bySide.enterprise}); ${quorum.quorum ? 'quorum reached' : 'no quorum'}.`,
    edits: 'Edits made during the session',
    noEdits: 'No document was edited.',
    edited: (title, n, names) => `${title}: ${n} edits by ${names}`,
    actions: 'Action items',
    noActions: 'None.',
    action: (text, owner, item) => `${text} — owner: ${owner} (${item})`,
    version: (title) => `Session: ${title}`,
    list: ', ',
  },
  'zh-CN': {
    title: (title) => `会议纪要：${title}`,
    held: (from, to) => `会议时间：${from} 至 ${to}。`,
    zoned: (time, zone) => `${time}（${zone}）`,
    attendance: '出席情况',
    side: { school: '学校', enterprise: '企业' },
    count: (label, n, names) => `${label}（${n} 人）：${names}`,
    decisions: '决议',
    outcome: (label) => `结果：${label}`,
    // The words the session room shows (web/src/i18n/sessions.*.ts, `outcome`): one decision,
    // one word. 暂缓 is what Chinese committee minutes write for a deferred item.
    outcomes: {
      approved: '通过',
      'approved-with-actions': '附行动项通过',
      tabled: '暂缓',
      rejected: '否决',
      undecided: '未决',
    },
    motion: ({ text, tally, quorum }) =>
      `动议“${text}”：赞成 ${tally.for}，反对 ${tally.against}，弃权 ${tally.abstain}；` +
      `已投 ${quorum.voted} 票，需 ${quorum.required} 票（学校 ${quorum.bySide.school}，` +
      `企业 ${quorum.bySide.enterprise}）；${quorum.quorum ? '已达法定人数' : '未达法定人数'}。`,
    edits: '会议期间的文档修改',
    noEdits: '会议期间没有修改文档。',
    edited: (title, n, names) => `${title}：${names} 修改 ${n} 次`,
    actions: '行动项',
    noActions: '无。',
    action: (text, owner, item) => `${text}——负责人：${owner}（${item}）`,
    version: (title) => `会议：${title}`,
    list: '、',
  },
};

/** The minutes as rich-text blocks: attendance by side, decisions, votes, edits, actions. */
export function minutesBlocks(
  state: SessionState,
  edits: readonly SessionEdit[],
  style: MinutesStyle = { language: 'en', timeZone: 'UTC' },
): RichBlock[] {
  const text = TEXT[style.language];
  const nameOf = (id: string) =>
    state.attendance.find((a) => a.userId === id)?.name ??
    state.votingMembers.find((m) => m.userId === id)?.name ??
    id;
  const format = new Intl.DateTimeFormat(style.language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: style.timeZone,
  });
  const zone = new Intl.DateTimeFormat(style.language, {
    timeZone: style.timeZone,
    timeZoneName: 'short',
  });
  // "2026年11月29日 09:00（GMT+8）", "Nov 29, 2026, 09:00 AM (UTC)": the zone after the time.
  const when = (t: number | null) => {
    if (!t) return '—';
    const name = zone.formatToParts(t).find((p) => p.type === 'timeZoneName')?.value;
    return name ? text.zoned(format.format(t), name) : format.format(t);
  };
  const blocks: RichBlock[] = [
    { kind: 'heading', level: 1, text: text.title(state.title) },
    { kind: 'paragraph', text: text.held(when(state.startedAt), when(state.endedAt)) },
    { kind: 'heading', level: 2, text: text.attendance },
  ];
  for (const side of ['school', 'enterprise'] as const) {
    const people = state.attendance.filter((a) => a.side === side);
    const names = people.map((p) => p.name).join(text.list) || '—';
    blocks.push({ kind: 'paragraph', text: text.count(text.side[side], people.length, names) });
  }
  blocks.push({ kind: 'heading', level: 2, text: text.decisions });
  for (const item of state.agenda) {
    blocks.push({ kind: 'heading', level: 3, text: item.title });
    blocks.push({
      kind: 'paragraph',
      text: text.outcome(text.outcomes[item.outcome ?? 'undecided']),
    });
    const motions = state.motions.filter((m) => m.itemId === item.id);
    if (motions.length > 0) {
      blocks.push({ kind: 'list', ordered: false, items: motions.map((m) => text.motion(m)) });
    }
  }
  blocks.push({ kind: 'heading', level: 2, text: text.edits });
  blocks.push(
    edits.length === 0
      ? { kind: 'paragraph', text: text.noEdits }
      : {
          kind: 'list',
          ordered: false,
          items: edits.map((e) =>
            text.edited(e.title, e.edits, e.editorIds.map(nameOf).join(text.list)),
          ),
        },
  );
  const actions = state.agenda.flatMap((i) => i.actions.map((a) => ({ ...a, item: i.title })));
  blocks.push({ kind: 'heading', level: 2, text: text.actions });
  blocks.push(
    actions.length === 0
      ? { kind: 'paragraph', text: text.noActions }
      : {
          kind: 'list',
          ordered: true,
          items: actions.map((a) => text.action(a.text, nameOf(a.ownerId), a.item)),
        },
  );
  return blocks;
}

/**
 * Writes the minutes as a `notes` document and gives each document edited during the session a
 * session version (a failed version is logged: the minutes matter more than the marker).
 */
export async function writeMinutes(
  deps: Pick<SessionDeps, 'documents' | 'markSessionVersion' | 'log'>,
  state: SessionState & { endedAt: number },
  userId: string,
  style: MinutesStyle = { language: 'en', timeZone: 'UTC' },
): Promise<string> {
  const from = state.startedAt ?? 0;
  const edits = await editsDuring(deps.documents, state.workspaceId, from, state.endedAt);
  const blocks = minutesBlocks(state, edits, style);
  const text = TEXT[style.language];
  // Lexical (~8 MiB of heap) is loaded the first time minutes are written, not at start.
  const { writeRichText } = await import('../documents/writeRichText');
  const minutes = await createDocument(deps.documents, {
    type: 'notes',
    title: text.title(state.title),
    workspaceId: state.workspaceId,
    build: (doc) => writeRichText(doc, 'root', blocks),
  });
  for (const edit of edits) {
    await deps
      .markSessionVersion?.(edit.documentId, {
        label: text.version(state.title),
        createdBy: userId,
      })
      .catch((err: unknown) =>
        deps.log.warn({ err, docId: edit.documentId }, 'session version failed'),
      );
  }
  return minutes.id;
}
