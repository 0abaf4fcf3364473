import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useTranslation } from 'react-i18next';
import { $setBlockType } from './blockFormat';
import { BLOCK_TYPES, type BlockType } from './toolbarState';

const LABELS = {
  paragraph: 'toolbar.paragraph',
  h1: 'toolbar.h1',
  h2: 'toolbar.h2',
  h3: 'toolbar.h3',
  quote: 'toolbar.quote',
} as const satisfies Record<BlockType, string>;

function isBlockType(value: string): value is BlockType {
  return (BLOCK_TYPES as readonly string[]).includes(value);
}

/** Normal text / Heading 1–3 / Quote, reflecting the block the caret is in. */
export function BlockTypeSelect({ value, disabled }: { value: BlockType; disabled: boolean }) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  return (
    <select
      className="toolbar__select"
      aria-label={t('toolbar.blockType')}
      value={value}
      disabled={disabled}
      onChange={(event) => {
        const next = event.target.value;
        if (!isBlockType(next)) return;
        editor.update(() => $setBlockType(next));
        editor.focus();
      }}
    >
      {BLOCK_TYPES.map((type) => (
        <option key={type} value={type}>
          {t(LABELS[type])}
        </option>
      ))}
    </select>
  );
}
