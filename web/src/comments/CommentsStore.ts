import type { Side } from '@tandem/domain';
import type { AttributionDto, CommentAnchor, ThreadDto } from '@tandem/protocol';
import { $getSelection, type LexicalEditor } from 'lexical';
import type * as Y from 'yjs';
import { createThread, getAttribution, listThreads, replyToThread, setThreadStatus } from '../api';
import { type AuthorSide, Authorship, type SectionShare } from './Authorship';
import { type HighlightKind, HighlightLayer } from './highlights';
import { $selectionRange, rangeMapper } from './lexicalText';
import { cellMarkKey, NO_THREADS, type ThreadMarks, threadMarks } from './threadMarks';
import { clientRuns, decodeRange, encodeRange, richTextRoot } from './yjsText';

/** A thread being written; a text anchor's words stay highlighted (and move with edits). */
export interface Draft {
  anchor: CommentAnchor;
}

export interface CommentsState {
  threads: ThreadDto[];
  loaded: boolean;
  loadError: boolean;
  panelOpen: boolean;
  activeId: string | null;
  draft: Draft | null;
  showAuthors: boolean;
  sides: Record<AuthorSide, boolean>;
  shares: SectionShare[] | null;
  /** Bumped shortly after the document changes: anchors may have moved or gone. */
  docVersion: number;
}

export interface Me {
  id: string;
  name: string;
  side: Side;
}

/**
 * Comments are not in the Y.Doc. The server announces every change of a document's threads to
 * its workspace over socket.io (`comments:changed`), and the open pages read them again at once;
 * polling is only the fallback for a missed announcement (a reconnect).
 */
export const POLL_MS = 15_000;

/** The part of y-protocols' Awareness that live attribution reads (who is typing where). */
export interface CommentsAwareness {
  clientID: number;
  getStates(): Map<number, Record<string, unknown>>;
  setLocalStateField(field: string, value: unknown): void;
  on(event: 'change', listener: () => void): void;
  off(event: 'change', listener: () => void): void;
}
const ATTRIBUTION_DEBOUNCE_MS = 1200;
const DOC_SETTLE_MS = 300;

/**
 * Comment threads and live attribution for one open document: the threads (polled), the panel
 * state, the rich-text editors that show them, and the highlights painted over those editors.
 */
export class CommentsStore {
  private state: CommentsState = {
    threads: [],
    loaded: false,
    loadError: false,
    panelOpen: false,
    activeId: null,
    draft: null,
    showAuthors: false,
    sides: { school: true, enterprise: true, unknown: true },
    shares: null,
    docVersion: 0,
  };
  private readonly listeners = new Set<() => void>();
  private readonly editors = new Map<string, LexicalEditor>();
  private readonly layer = new HighlightLayer();
  private timer: ReturnType<typeof setInterval> | null = null;
  private attributionTimer: ReturnType<typeof setTimeout> | null = null;
  private docTimer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;

  constructor(
    readonly documentId: string,
    readonly doc: Y.Doc,
    readonly me: Me,
    readonly canComment: boolean,
    awareness: CommentsAwareness | null = null,
  ) {
    this.authorship = new Authorship(doc, me, awareness);
  }

  private readonly authorship: Authorship;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.state;

  private set(patch: Partial<CommentsState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
    this.repaintAll();
  }

  start(): () => void {
    void this.refresh();
    this.timer = setInterval(() => {
      if (document.visibilityState === 'visible') void this.refresh();
    }, POLL_MS);
    const onUpdate = () => {
      this.scheduleAttribution();
      if (this.docTimer) return;
      this.docTimer = setTimeout(() => {
        this.docTimer = null;
        if (!this.disposed) this.set({ docVersion: this.state.docVersion + 1 });
      }, DOC_SETTLE_MS);
    };
    this.doc.on('update', onUpdate);
    return () => {
      this.disposed = true;
      if (this.timer) clearInterval(this.timer);
      if (this.attributionTimer) clearTimeout(this.attributionTimer);
      if (this.docTimer) clearTimeout(this.docTimer);
      this.doc.off('update', onUpdate);
      this.layer.dispose();
    };
  }

  async refresh(): Promise<void> {
    try {
      const threads = await listThreads(this.documentId);
      if (this.disposed) return;
      const same = JSON.stringify(threads) === JSON.stringify(this.state.threads);
      if (!same || !this.state.loaded || this.state.loadError) {
        this.set({ threads, loaded: true, loadError: false });
      }
    } catch {
      // Polling continues; the panel says the list may be stale.
      if (!this.disposed && !this.state.loadError) this.set({ loadError: true });
    }
  }

  openThreads(): ThreadDto[] {
    return this.state.threads.filter((t) => t.status === 'open');
  }

  private marks: { of: ThreadDto[]; marks: ThreadMarks } | null = null;

  /**
   * Open threads about a row (field omitted: the row's and its cells') or one cell. The same
   * array until the threads change, so a marker subscribed to it re-renders only then.
   */
  threadsAt = (entityId: string, field?: string): readonly string[] => {
    const threads = this.state.threads;
    if (this.marks?.of !== threads) this.marks = { of: threads, marks: threadMarks(threads) };
    const { row, cell } = this.marks.marks;
    return (
      (field === undefined ? row.get(entityId) : cell.get(cellMarkKey(entityId, field))) ??
      NO_THREADS
    );
  };

  togglePanel(open = !this.state.panelOpen): void {
    this.set({ panelOpen: open, ...(open ? {} : { draft: null, activeId: null }) });
  }

  /** Selects a thread; `reveal` scrolls its anchor into view. */
  activate(id: string | null, reveal = false): void {
    this.set({ activeId: id, panelOpen: this.state.panelOpen || id !== null });
    if (id && reveal) this.reveal(id);
  }

  /** The rich-text roots this document shows, and their editors. */
  registerEditor(root: string, editor: LexicalEditor): () => void {
    this.editors.set(root, editor);
    const onClick = () => this.focusThreadAtCaret(root, editor);
    // After every listener of this update has run: the Yjs binding writes the change to the
    // Y.Doc in its own update listener, and positions are read from the Y.Doc.
    const stopUpdates = editor.registerUpdateListener(() => this.scheduleRepaint(root));
    let element: HTMLElement | null = null;
    const stopRoot = editor.registerRootListener((next) => {
      element?.removeEventListener('click', onClick);
      element = next;
      element?.addEventListener('click', onClick);
    });
    this.repaint(root);
    if (this.state.showAuthors) this.scheduleAttribution(0);
    return () => {
      stopUpdates();
      stopRoot();
      element?.removeEventListener('click', onClick);
      if (this.editors.get(root) === editor) this.editors.delete(root);
      this.layer.remove(root);
    };
  }

  private yRoot(root: string): Y.XmlText | null {
    return richTextRoot(this.doc, root);
  }

  /** Where a text thread's anchor is now, or null (not text, or its text is gone). */
  rangeOf(thread: ThreadDto): { root: string; start: number; end: number } | null {
    if (thread.anchor.kind !== 'text') return null;
    const yRoot = this.yRoot(thread.anchor.root);
    if (!yRoot) return null;
    const range = decodeRange(this.doc, yRoot, thread.anchor);
    return range && { root: thread.anchor.root, ...range };
  }

  /**
   * Whether a thread's text or entity is gone (H13: the thread is kept). Judged on the local
   * document once it has content, so threads do not flash as detached while it loads.
   */
  isDetached(thread: ThreadDto): boolean {
    if (thread.anchor.kind === 'document') return false;
    if (thread.anchor.kind === 'entity') return thread.resolvedAnchor === null;
    const yRoot = this.yRoot(thread.anchor.root);
    return yRoot !== null && yRoot.length > 0 && this.rangeOf(thread) === null;
  }

  /** Opens a draft anchored to the editor's current selection; false if nothing is selected. */
  startTextComment(root: string, editor: LexicalEditor): boolean {
    const yRoot = this.yRoot(root);
    const picked = editor.getEditorState().read(() => $selectionRangeOfEditor());
    if (!yRoot || !picked) return false;
    const encoded = encodeRange(yRoot, picked.start, picked.end);
    if (!encoded) return false;
    const quote = picked.quote.slice(0, 2000);
    this.set({
      panelOpen: true,
      activeId: null,
      draft: { anchor: { kind: 'text', root, ...encoded, quote } },
    });
    return true;
  }

  startEntityComment(collection: string, entityId: string, field?: string): void {
    const anchor: CommentAnchor = { kind: 'entity', collection, entityId, field };
    this.set({ panelOpen: true, activeId: null, draft: { anchor } });
  }

  startDocumentComment(): void {
    this.set({ panelOpen: true, activeId: null, draft: { anchor: { kind: 'document' } } });
  }

  cancelDraft(): void {
    this.set({ draft: null });
  }

  async submitDraft(body: string): Promise<void> {
    const draft = this.state.draft;
    if (!draft) return;
    const { id } = await createThread(this.documentId, draft.anchor, body);
    await this.refresh();
    this.set({ draft: null, activeId: id });
  }

  async reply(threadId: string, body: string): Promise<void> {
    await replyToThread(this.documentId, threadId, body);
    await this.refresh();
  }

  async setStatus(threadId: string, action: 'resolve' | 'reopen'): Promise<void> {
    await setThreadStatus(this.documentId, threadId, action);
    await this.refresh();
    if (action === 'resolve' && this.state.activeId === threadId) this.set({ activeId: null });
  }

  // ---- attribution ----

  toggleAuthors(show = !this.state.showAuthors): void {
    this.set({ showAuthors: show, panelOpen: show || this.state.panelOpen });
    if (show) this.scheduleAttribution(0);
  }

  toggleSide(side: AuthorSide): void {
    this.set({ sides: { ...this.state.sides, [side]: !this.state.sides[side] } });
  }

  private scheduleAttribution(delay = ATTRIBUTION_DEBOUNCE_MS): void {
    if (!this.state.showAuthors || this.disposed) return;
    if (this.attributionTimer) clearTimeout(this.attributionTimer);
    this.attributionTimer = setTimeout(() => void this.loadAttribution(), delay);
  }

  private async loadAttribution(): Promise<void> {
    let dto: AttributionDto;
    try {
      dto = await getAttribution(this.documentId);
    } catch {
      // Shown colours fall back to what is already known; the next edit asks again.
      return;
    }
    if (this.disposed) return;
    this.authorship.learn(dto);
    this.set({ shares: this.authorship.shares(dto.sections.map((s) => s.root)) });
  }

  // ---- painting ----

  private readonly pending = new Set<string>();

  private scheduleRepaint(root: string): void {
    if (this.pending.size === 0) {
      queueMicrotask(() => {
        const roots = [...this.pending];
        this.pending.clear();
        for (const r of roots) this.repaint(r);
      });
    }
    this.pending.add(root);
  }

  private repaintAll(): void {
    for (const root of this.editors.keys()) this.repaint(root);
  }

  private repaint(root: string): void {
    const editor = this.editors.get(root);
    const yRoot = this.yRoot(root);
    if (!editor || !yRoot) return;
    const mapper = rangeMapper(editor);
    const kinds = new Map<HighlightKind, Range[]>();
    const add = (kind: HighlightKind, range: Range | null) => {
      if (range) kinds.set(kind, [...(kinds.get(kind) ?? []), range]);
    };
    for (const thread of this.openThreads()) {
      const at = this.rangeOf(thread);
      if (at?.root !== root) continue;
      add(thread.id === this.state.activeId ? 'active' : 'comment', mapper.range(at.start, at.end));
    }
    const draft = this.state.draft?.anchor;
    const drafted =
      draft?.kind === 'text' && draft.root === root && decodeRange(this.doc, yRoot, draft);
    if (drafted) add('active', mapper.range(drafted.start, drafted.end));
    if (this.state.showAuthors) {
      for (const run of clientRuns(yRoot)) {
        const side = this.authorship.sideOf(run.client);
        if (this.state.sides[side]) add(side, mapper.range(run.start, run.end));
      }
    }
    this.layer.set(root, kinds);
  }

  /** A click inside commented text selects that thread, as in a word processor. */
  private focusThreadAtCaret(root: string, editor: LexicalEditor): void {
    const selection = window.getSelection();
    if (!selection?.isCollapsed || !selection.anchorNode) return;
    const offset = rangeMapper(editor).offsetOf(selection.anchorNode, selection.anchorOffset);
    if (offset === null) return;
    const hit = this.openThreads().find((t) => {
      const at = this.rangeOf(t);
      return at?.root === root && offset >= at.start && offset <= at.end;
    });
    if (hit) this.activate(hit.id);
  }

  /** Scrolls a thread's anchor into view: its text, or its row in a structured document. */
  private reveal(id: string): void {
    const thread = this.state.threads.find((t) => t.id === id);
    if (!thread) return;
    if (thread.anchor.kind === 'entity') {
      const row = document.querySelector(`[data-row="${CSS.escape(thread.anchor.entityId)}"]`);
      row?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return;
    }
    const at = this.rangeOf(thread);
    const editor = at && this.editors.get(at.root);
    if (!at || !editor) return;
    const range = rangeMapper(editor).range(at.start, at.end);
    const element = range?.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
}

function $selectionRangeOfEditor() {
  return $selectionRange($getSelection());
}
