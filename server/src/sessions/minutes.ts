import type { Side } from '@tandem/domain';
import type { MotionView, SessionState } from '@tandem/protocol';
import { createDocument, type RichBlock, writeRichText } from '../documents';
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

const SIDE_LABEL: Record<Side, string> = { school: 'School', enterprise: 'Enterprise' };

/** The minutes as rich-text blocks: attendance by side, decisions, votes, edits, actions. */
export function minutesBlocks(state: SessionState, edits: readonly SessionEdit[]): RichBlock[] {
  const nameOf = (id: string) =>
    state.attendance.find((a) => a.userId === id)?.name ??
    state.votingMembers.find((m) => m.userId === id)?.name ??
    id;
  const when = (t: number | null) => (t ? new Date(t).toISOString() : '—');
  const blocks: RichBlock[] = [
    { kind: 'heading', level: 1, text: `Minutes: ${state.title}` },
    { kind: 'paragraph', text: `Held ${when(state.startedAt)} to ${when(state.endedAt)}.` },
    { kind: 'heading', level: 2, text: 'Attendance' },
  ];
  for (const side of ['school', 'enterprise'] as const) {
    const people = state.attendance.filter((a) => a.side === side);
    blocks.push({
      kind: 'paragraph',
      text: `${SIDE_LABEL[side]} (${people.length}): ${people.map((p) => p.name).join(', ') || '—'}`,
    });
  }
  blocks.push({ kind: 'heading', level: 2, text: 'Decisions' });
  for (const item of state.agenda) {
    blocks.push({ kind: 'heading', level: 3, text: item.title });
    blocks.push({ kind: 'paragraph', text: `Outcome: ${item.outcome ?? 'not decided'}` });
    const motions = state.motions.filter((m) => m.itemId === item.id);
    if (motions.length > 0) {
      blocks.push({ kind: 'list', ordered: false, items: motions.map((m) => motionLine(m)) });
    }
  }
  blocks.push({ kind: 'heading', level: 2, text: 'Edits made during the session' });
  blocks.push(
    edits.length === 0
      ? { kind: 'paragraph', text: 'No document was edited.' }
      : {
          kind: 'list',
          ordered: false,
          items: edits.map(
            (e) => `${e.title}: ${e.edits} edits by ${e.editorIds.map(nameOf).join(', ')}`,
          ),
        },
  );
  const actions = state.agenda.flatMap((i) => i.actions.map((a) => ({ ...a, item: i.title })));
  blocks.push({ kind: 'heading', level: 2, text: 'Action items' });
  blocks.push(
    actions.length === 0
      ? { kind: 'paragraph', text: 'None.' }
      : {
          kind: 'list',
          ordered: true,
          items: actions.map((a) => `${a.text} — owner: ${nameOf(a.ownerId)} (${a.item})`),
        },
  );
  return blocks;
}

function motionLine(m: MotionView): string {
  const { tally, quorum } = m;
  const sides = `school ${quorum.bySide.school}, enterprise ${quorum.bySide.enterprise}`;
  const q = quorum.quorum ? 'quorum reached' : 'no quorum';
  return `Motion "${m.text}": for ${tally.for}, against ${tally.against}, abstain ${tally.abstain}; voted ${quorum.voted}/${quorum.required} required (${sides}); ${q}`;
}

/**
 * Writes the minutes as a `notes` document and gives each document edited during the session a
 * session version (a failed version is logged: the minutes matter more than the marker).
 */
export async function writeMinutes(
  deps: Pick<SessionDeps, 'documents' | 'markSessionVersion' | 'log'>,
  state: SessionState & { endedAt: number },
  userId: string,
): Promise<string> {
  const from = state.startedAt ?? 0;
  const edits = await editsDuring(deps.documents, state.workspaceId, from, state.endedAt);
  const blocks = minutesBlocks(state, edits);
  const minutes = await createDocument(deps.documents, {
    type: 'notes',
    title: `Minutes: ${state.title}`,
    workspaceId: state.workspaceId,
    build: (doc) => writeRichText(doc, 'root', blocks),
  });
  for (const edit of edits) {
    await deps
      .markSessionVersion?.(edit.documentId, {
        label: `Session: ${state.title}`,
        createdBy: userId,
      })
      .catch((err: unknown) =>
        deps.log.warn({ err, docId: edit.documentId }, 'session version failed'),
      );
  }
  return minutes.id;
}
