import { $createLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_NORMAL,
  KEY_MODIFIER_COMMAND,
} from 'lexical';
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSafeUrl, normalizeUrl } from './blockFormat';
import { LinkIcon } from './icons';
import { Popover } from './Popover';
import { ToolbarButton } from './ToolbarButton';
import { useSavedSelection } from './useSavedSelection';

/** Links the selection to `url`; with nothing selected, inserts the address itself as a link. */
function $applyLink(url: string): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const link = $createLinkNode(url);
  link.append($createTextNode(url));
  selection.insertNodes([link]);
  return true;
}

export function LinkControl({
  currentUrl,
  shortcut,
}: {
  currentUrl: string | null;
  shortcut: string;
}) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const inputId = useId();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const { save, applyWithSelection } = useSavedSelection();

  const close = useCallback(() => {
    setOpen(false);
    editor.focus();
  }, [editor]);

  const openEditor = useCallback(() => {
    save();
    setValue(currentUrl ?? '');
    setInvalid(false);
    setOpen(true);
  }, [save, currentUrl]);

  useEffect(
    () =>
      editor.registerCommand(
        KEY_MODIFIER_COMMAND,
        (event) => {
          if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey)) return false;
          event.preventDefault();
          openEditor();
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor, openEditor],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const url = normalizeUrl(value);
    if (!isSafeUrl(url)) {
      setInvalid(true);
      return;
    }
    applyWithSelection(() => {
      const inLink = currentUrl !== null;
      if (inLink || !$applyLink(url)) editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
    });
    close();
  };

  const remove = () => {
    applyWithSelection(() => editor.dispatchCommand(TOGGLE_LINK_COMMAND, null));
    close();
  };

  return (
    <div className="toolbar__anchor">
      <ToolbarButton
        label={t('toolbar.link')}
        shortcut={shortcut}
        active={currentUrl !== null}
        expanded={open}
        onClick={() => (open ? close() : openEditor())}
      >
        <LinkIcon />
      </ToolbarButton>
      {open && (
        <Popover label={t('link.dialogLabel')} onClose={close}>
          <form className="popover__form" onSubmit={submit} noValidate>
            <label className="field" htmlFor={inputId}>
              <span className="field__label">{t('link.urlLabel')}</span>
              <input
                id={inputId}
                className="input"
                type="url"
                value={value}
                placeholder={t('link.urlPlaceholder')}
                // biome-ignore lint/a11y/noAutofocus: the popover opens to edit exactly this field
                autoFocus
                aria-invalid={invalid}
                onChange={(event) => {
                  setValue(event.target.value);
                  setInvalid(false);
                }}
              />
            </label>
            {invalid && (
              <p className="field__error" role="alert">
                {t('link.invalid')}
              </p>
            )}
            <div className="popover__actions">
              {currentUrl !== null && (
                <button type="button" className="button button--quiet" onClick={remove}>
                  {t('link.remove')}
                </button>
              )}
              <button type="button" className="button button--quiet" onClick={close}>
                {t('link.cancel')}
              </button>
              <button type="submit" className="button button--primary">
                {t('link.apply')}
              </button>
            </div>
          </form>
        </Popover>
      )}
    </div>
  );
}
