import type { RedlineRun } from '@tandem/protocol';
import { DeletedTextRun, InsertedTextRun, Paragraph, type ParagraphChild, TextRun } from 'docx';

/** Who and when for Word's revision marks; every mark in a file needs its own id. */
export interface Revisions {
  author: (userIds: readonly string[]) => string;
  /** ISO time the changes are dated with. */
  date: string;
  nextId: () => number;
}

/**
 * A section's redline as Word paragraphs whose changes are real tracked changes (w:ins, w:del),
 * so Word's Review pane names who made each one and can accept or reject it. A paragraph that
 * was added or removed has its paragraph mark tracked too: rejecting an added paragraph then
 * joins it back to its neighbour rather than leaving an empty line.
 */
export function trackedParagraphs(runs: readonly RedlineRun[], rev: Revisions): Paragraph[] {
  const out: Paragraph[] = [];
  let children: ParagraphChild[] = [];
  // The "\n" that ends a paragraph is its mark, and belongs to the run it came in.
  const close = (mark: RedlineRun | null) => {
    out.push(
      new Paragraph({
        indent: { firstLine: 480 },
        children,
        ...(mark && mark.op !== 'equal' ? { run: markRevision(mark, rev) } : {}),
      }),
    );
    children = [];
  };
  for (const run of runs) {
    run.text.split('\n').forEach((text, i) => {
      if (i > 0) close(run);
      if (text) children.push(trackedRun(run, text, rev));
    });
  }
  if (children.length > 0) close(null);
  return out;
}

function markRevision(mark: RedlineRun, rev: Revisions) {
  const change = { id: rev.nextId(), author: rev.author(mark.userIds), date: rev.date };
  return mark.op === 'insert' ? { insertion: change } : { deletion: change };
}

function trackedRun(run: RedlineRun, text: string, rev: Revisions): ParagraphChild {
  if (run.op === 'equal') return new TextRun(text);
  const change = { id: rev.nextId(), author: rev.author(run.userIds), date: rev.date, text };
  return run.op === 'insert' ? new InsertedTextRun(change) : new DeletedTextRun(change);
}
