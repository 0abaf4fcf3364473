import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $isTableNode, INSERT_TABLE_COMMAND, type InsertTableCommandPayload } from '@lexical/table';
import {
  $createParagraphNode,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  type LexicalEditor,
} from 'lexical';
import type { BlockType, ListKind } from './toolbarState';

/** Turns the selected blocks into `type`. Call inside `editor.update`. */
export function $setBlockType(type: BlockType): void {
  const selection = $getSelection();
  switch (type) {
    case 'paragraph':
      $setBlocksType(selection, () => $createParagraphNode());
      return;
    case 'quote':
      $setBlocksType(selection, () => $createQuoteNode());
      return;
    default:
      $setBlocksType(selection, () => $createHeadingNode(type));
  }
}

/** Toggles a list kind: applying the kind the selection already has removes the list. */
export function toggleList(editor: LexicalEditor, kind: ListKind, current: ListKind | null): void {
  if (current === kind) {
    editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    return;
  }
  editor.dispatchCommand(
    kind === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND,
    undefined,
  );
}

/**
 * Inserts a table at the caret. Lexical keeps the empty paragraph the caret was in above the new
 * table, which reads as a stray blank line; when the table went in from an empty line, that line
 * is removed. Call inside `editor.update`.
 */
export function $insertTable(editor: LexicalEditor, payload: InsertTableCommandPayload): void {
  const selection = $getSelection();
  const block = $isRangeSelection(selection)
    ? selection.anchor.getNode().getTopLevelElement()
    : null;
  const emptyLine = $isParagraphNode(block) && block.isEmpty() ? block : null;
  editor.dispatchCommand(INSERT_TABLE_COMMAND, payload);
  if (emptyLine?.isAttached() && emptyLine.isEmpty() && $isTableNode(emptyLine.getNextSibling())) {
    emptyLine.remove();
  }
}

const SAFE_URL = /^(https?:\/\/|mailto:)\S+$/iu;

/** Links may only point to web or mail addresses (never `javascript:`); used by LinkPlugin too. */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url.trim());
}

/** Adds https:// to a bare domain so "jd.com" works as a user expects. */
export function normalizeUrl(input: string): string {
  const url = input.trim();
  if (url === '' || /^[a-z][a-z0-9+.-]*:/iu.test(url)) return url;
  return `https://${url}`;
}
