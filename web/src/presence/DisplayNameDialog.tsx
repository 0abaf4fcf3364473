import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generateFriendlyName, MAX_DISPLAY_NAME_LENGTH } from './identity';

interface DisplayNameDialogProps {
  /** The current name; null on first open, when a friendly name is suggested instead. */
  initialName: string | null;
  onSave: (name: string) => void;
  /** Absent on first open: a name is required before collaborating. */
  onCancel?: () => void;
}

/** Asks for the name collaborators see next to this user's cursor. A native modal dialog. */
export function DisplayNameDialog({ initialName, onSave, onCancel }: DisplayNameDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputId = useId();
  const [value, setValue] = useState(
    () =>
      initialName ??
      generateFriendlyName(
        t('identity.adjectives', { returnObjects: true }),
        t('identity.animals', { returnObjects: true }),
      ),
  );
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = value.trim();
    if (name === '') {
      setError(t('identity.required'));
      return;
    }
    onSave(name);
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={`${inputId}-title`}
      onCancel={(event) => {
        // Escape closes only when there is a name to fall back to.
        event.preventDefault();
        onCancel?.();
      }}
    >
      <form className="dialog__form" onSubmit={submit} noValidate>
        <h2 id={`${inputId}-title`} className="dialog__title">
          {t('identity.dialogTitle')}
        </h2>
        <p className="dialog__body">{t('identity.dialogBody')}</p>
        <label className="field" htmlFor={inputId}>
          <span className="field__label">{t('identity.nameLabel')}</span>
          <input
            id={inputId}
            className="input"
            value={value}
            maxLength={MAX_DISPLAY_NAME_LENGTH}
            autoComplete="nickname"
            autoFocus
            aria-invalid={error !== null}
            aria-describedby={error ? `${inputId}-error` : undefined}
            onChange={(event) => {
              setValue(event.target.value);
              setError(null);
            }}
          />
        </label>
        {error && (
          <p id={`${inputId}-error`} className="field__error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          {onCancel && (
            <button type="button" className="button button--quiet" onClick={onCancel}>
              {t('identity.cancel')}
            </button>
          )}
          <button type="submit" className="button button--primary">
            {t('identity.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
