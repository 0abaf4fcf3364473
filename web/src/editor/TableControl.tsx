import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { type FormEvent, useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $insertTable } from './blockFormat';
import { TableIcon } from './icons';
import { Popover } from './Popover';
import { ToolbarButton } from './ToolbarButton';
import { useSavedSelection } from './useSavedSelection';

const MAX_SIZE = 20;

function clampSize(value: string, fallback: number): number {
  const parsed = Number.parseInt(value, 10);
  return Number.isFinite(parsed) ? Math.min(MAX_SIZE, Math.max(1, parsed)) : fallback;
}

/** Toolbar button that inserts a rows × columns table, with an optional header row. */
export function TableControl({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState('3');
  const [columns, setColumns] = useState('3');
  const [headerRow, setHeaderRow] = useState(true);
  const { save, applyWithSelection } = useSavedSelection();

  const close = useCallback(() => {
    setOpen(false);
    editor.focus();
  }, [editor]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    applyWithSelection(() =>
      $insertTable(editor, {
        rows: String(clampSize(rows, 3)),
        columns: String(clampSize(columns, 3)),
        includeHeaders: { rows: headerRow, columns: false },
      }),
    );
    close();
  };

  return (
    <div className="toolbar__anchor">
      <ToolbarButton
        label={t('toolbar.table')}
        disabled={disabled}
        expanded={open}
        onClick={() => {
          if (open) return close();
          save();
          setOpen(true);
        }}
      >
        <TableIcon />
      </ToolbarButton>
      {open && (
        <Popover label={t('table.dialogLabel')} onClose={close}>
          <form className="popover__form" onSubmit={submit}>
            <div className="popover__row">
              <label className="field" htmlFor={`${id}-rows`}>
                <span className="field__label">{t('table.rows')}</span>
                <input
                  id={`${id}-rows`}
                  className="input input--number"
                  type="number"
                  min={1}
                  max={MAX_SIZE}
                  value={rows}
                  // biome-ignore lint/a11y/noAutofocus: first field of the popover that just opened
                  autoFocus
                  onChange={(event) => setRows(event.target.value)}
                />
              </label>
              <label className="field" htmlFor={`${id}-columns`}>
                <span className="field__label">{t('table.columns')}</span>
                <input
                  id={`${id}-columns`}
                  className="input input--number"
                  type="number"
                  min={1}
                  max={MAX_SIZE}
                  value={columns}
                  onChange={(event) => setColumns(event.target.value)}
                />
              </label>
            </div>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={headerRow}
                onChange={(event) => setHeaderRow(event.target.checked)}
              />
              <span>{t('table.headerRow')}</span>
            </label>
            <div className="popover__actions">
              <button type="button" className="button button--quiet" onClick={close}>
                {t('table.cancel')}
              </button>
              <button type="submit" className="button button--primary">
                {t('table.insert')}
              </button>
            </div>
          </form>
        </Popover>
      )}
    </div>
  );
}
