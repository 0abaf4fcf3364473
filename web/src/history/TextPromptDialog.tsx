import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../workspace/useLoad';
import { describeHistoryError } from './describeHistoryError';
import { Modal } from './Modal';

interface TextPromptDialogProps {
  title: string;
  body: string;
  label: string;
  placeholder: string;
  /** Said under the field when it is left empty. */
  requiredMessage: string;
  maxLength: number;
  /** A few lines (a reason) rather than one (a name). */
  multiline?: boolean;
  cancelLabel: string;
  submitLabel: string;
  busyLabel: string;
  danger?: boolean;
  /** Does the work with the trimmed text; a refusal is shown under the field. */
  onSubmit: (text: string) => Promise<void>;
  onCancel: () => void;
}

/** A dialog that asks for one required piece of text, then acts on it (naming, restoring). */
export function TextPromptDialog(props: TextPromptDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const trimmed = text.trim();
    if (!trimmed) {
      setError(props.requiredMessage);
      return;
    }
    setBusy(true);
    try {
      await props.onSubmit(trimmed);
    } catch (e) {
      setError(describeHistoryError(t, toApiError(e)));
      setBusy(false);
    }
  };
  const field = {
    id: `${id}-text`,
    value: text,
    maxLength: props.maxLength,
    placeholder: props.placeholder,
    'aria-invalid': error !== null,
  };
  return (
    <Modal
      title={props.title}
      body={props.body}
      onCancel={props.onCancel}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" className="button" onClick={props.onCancel}>
            {props.cancelLabel}
          </button>
          <button
            type="submit"
            className={`button ${props.danger ? 'button--danger' : 'button--primary'}`}
            disabled={busy}
          >
            {busy ? props.busyLabel : props.submitLabel}
          </button>
        </>
      }
    >
      <div className="field">
        <label className="field__label" htmlFor={field.id}>
          {props.label}
        </label>
        {props.multiline ? (
          <textarea
            {...field}
            className="input history-textarea"
            rows={3}
            onChange={(event) => setText(event.target.value)}
          />
        ) : (
          <input {...field} className="input" onChange={(event) => setText(event.target.value)} />
        )}
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </div>
    </Modal>
  );
}
