import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  type LexicalEditor,
  SELECTION_CHANGE_COMMAND,
} from 'lexical';
import { useEffect, useState } from 'react';
import { $readSelectionFormat, EMPTY_FORMAT, type SelectionFormat } from './toolbarState';

export interface ToolbarState extends SelectionFormat {
  canUndo: boolean;
  canRedo: boolean;
}

/** Keeps `onChange` told of the selection's format and of the collab undo manager's stacks. */
export function registerToolbarState(
  editor: LexicalEditor,
  onChange: (patch: Partial<ToolbarState>) => void,
): () => void {
  const readFormat = () => onChange(editor.getEditorState().read($readSelectionFormat));
  return mergeRegister(
    editor.registerUpdateListener(readFormat),
    editor.registerCommand(
      SELECTION_CHANGE_COMMAND,
      () => {
        readFormat();
        return false;
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerCommand(
      CAN_UNDO_COMMAND,
      (canUndo) => {
        onChange({ canUndo });
        return false;
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerCommand(
      CAN_REDO_COMMAND,
      (canRedo) => {
        onChange({ canRedo });
        return false;
      },
      COMMAND_PRIORITY_LOW,
    ),
  );
}

export function useToolbarState(): ToolbarState {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>({
    ...EMPTY_FORMAT,
    canUndo: false,
    canRedo: false,
  });
  useEffect(
    () =>
      registerToolbarState(editor, (patch) =>
        setState((previous) => {
          const next = { ...previous, ...patch };
          const changed = (Object.keys(next) as Array<keyof ToolbarState>).some(
            (key) => next[key] !== previous[key],
          );
          return changed ? next : previous;
        }),
      ),
    [editor],
  );
  return state;
}
