import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { FORMAT_TEXT_COMMAND, REDO_COMMAND, type TextFormatType, UNDO_COMMAND } from 'lexical';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BlockTypeSelect } from './BlockTypeSelect';
import { toggleList } from './blockFormat';
import {
  BoldIcon,
  BulletListIcon,
  CodeIcon,
  ItalicIcon,
  NumberedListIcon,
  RedoIcon,
  StrikethroughIcon,
  UnderlineIcon,
  UndoIcon,
} from './icons';
import { LinkControl } from './LinkControl';
import { TableControl } from './TableControl';
import { ToolbarButton } from './ToolbarButton';
import { useToolbarState } from './useToolbarState';

const IS_APPLE = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/u.test(navigator.userAgent);

function shortcut(key: string, shift = false): string {
  if (IS_APPLE) return `${shift ? '⇧' : ''}⌘${key}`;
  return `Ctrl+${shift ? 'Shift+' : ''}${key}`;
}

const TEXT_FORMATS = [
  { format: 'bold', label: 'toolbar.bold', key: 'B', Icon: BoldIcon },
  { format: 'italic', label: 'toolbar.italic', key: 'I', Icon: ItalicIcon },
  { format: 'underline', label: 'toolbar.underline', key: 'U', Icon: UnderlineIcon },
  { format: 'strikethrough', label: 'toolbar.strikethrough', key: null, Icon: StrikethroughIcon },
  { format: 'code', label: 'toolbar.code', key: null, Icon: CodeIcon },
] as const satisfies ReadonlyArray<{
  format: TextFormatType;
  label: string;
  key: string | null;
  Icon: () => ReactNode;
}>;

/** The formatting toolbar; every control reflects the current selection. */
export function Toolbar() {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const state = useToolbarState();
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="toolbar__group">
        <ToolbarButton
          label={t('toolbar.undo')}
          shortcut={shortcut('Z')}
          disabled={!state.canUndo}
          onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
        >
          <UndoIcon />
        </ToolbarButton>
        <ToolbarButton
          label={t('toolbar.redo')}
          shortcut={shortcut('Z', true)}
          disabled={!state.canRedo}
          onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
        >
          <RedoIcon />
        </ToolbarButton>
      </div>
      <div className="toolbar__group">
        <BlockTypeSelect value={state.blockType} disabled={state.listKind !== null} />
      </div>
      <div className="toolbar__group">
        {TEXT_FORMATS.map(({ format, label, key, Icon }) => (
          <ToolbarButton
            key={format}
            label={t(label)}
            shortcut={key === null ? undefined : shortcut(key)}
            active={state[format]}
            onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)}
          >
            <Icon />
          </ToolbarButton>
        ))}
        <LinkControl currentUrl={state.link} shortcut={shortcut('K')} />
      </div>
      <div className="toolbar__group">
        <ToolbarButton
          label={t('toolbar.bulletList')}
          active={state.listKind === 'bullet'}
          onClick={() => toggleList(editor, 'bullet', state.listKind)}
        >
          <BulletListIcon />
        </ToolbarButton>
        <ToolbarButton
          label={t('toolbar.numberedList')}
          active={state.listKind === 'number'}
          onClick={() => toggleList(editor, 'number', state.listKind)}
        >
          <NumberedListIcon />
        </ToolbarButton>
        <TableControl disabled={state.inTable} />
      </div>
    </div>
  );
}
