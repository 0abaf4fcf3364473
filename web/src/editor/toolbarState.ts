import { $isLinkNode } from '@lexical/link';
import { $isListNode, ListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $isTableCellNode } from '@lexical/table';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import { $getSelection, $isRangeSelection, $isRootOrShadowRoot, type LexicalNode } from 'lexical';

export const BLOCK_TYPES = ['paragraph', 'h1', 'h2', 'h3', 'quote'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];
export type ListKind = 'bullet' | 'number';

export interface SelectionFormat {
  blockType: BlockType;
  listKind: ListKind | null;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  code: boolean;
  /** The URL of the link around the selection, or null. */
  link: string | null;
  inTable: boolean;
}

export const EMPTY_FORMAT: SelectionFormat = {
  blockType: 'paragraph',
  listKind: null,
  bold: false,
  italic: false,
  underline: false,
  strikethrough: false,
  code: false,
  link: null,
  inTable: false,
};

function $blockTypeOf(node: LexicalNode): BlockType {
  const block =
    $findMatchingParent(node, (candidate) => {
      const parent = candidate.getParent();
      return parent !== null && $isRootOrShadowRoot(parent);
    }) ?? node;
  if ($isHeadingNode(block)) {
    const tag = block.getTag();
    return tag === 'h1' || tag === 'h2' || tag === 'h3' ? tag : 'h3';
  }
  return $isQuoteNode(block) ? 'quote' : 'paragraph';
}

function $linkUrlOf(node: LexicalNode): string | null {
  const link = $isLinkNode(node) ? node : $findMatchingParent(node, $isLinkNode);
  return $isLinkNode(link) ? link.getURL() : null;
}

/** What the toolbar should show as active for the current selection. Call inside read/update. */
export function $readSelectionFormat(): SelectionFormat {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return EMPTY_FORMAT;
  const anchor = selection.anchor.getNode();
  const list = $getNearestNodeOfType(anchor, ListNode);
  const listType = $isListNode(list) ? list.getListType() : null;
  return {
    blockType: $blockTypeOf(anchor),
    listKind: listType === 'bullet' || listType === 'number' ? listType : null,
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    strikethrough: selection.hasFormat('strikethrough'),
    code: selection.hasFormat('code'),
    link: $linkUrlOf(anchor),
    inTable: $findMatchingParent(anchor, $isTableCellNode) !== null,
  };
}
