import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createVersion } from '../api';
import { toApiError } from '../workspace/useLoad';
import { describeHistoryError } from './describeHistoryError';
import { Modal } from './Modal';

/** "Name this version": a named version of the current state, for editors and above. */
export function NameVersionDialog({
  documentId,
  onDone,
  onCancel,
}: {
  documentId: string;
  onDone: (label: string, versionId: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const trimmed = label.trim();
    if (!trimmed) {
      setError(t('history.name.required'));
      return;
    }
    setBusy(true);
    try {
      const created = await createVersion(documentId, trimmed);
      onDone(trimmed, created.id);
    } catch (e) {
      setError(describeHistoryError(t, toApiError(e)));
      setBusy(false);
    }
  };
  return (
    <Modal
      title={t('history.name.dialogTitle')}
      body={t('history.name.dialogBody')}
      onCancel={onCancel}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t('history.name.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('history.name.saving') : t('history.name.submit')}
          </button>
        </>
      }
    >
      <div className="field">
        <label className="field__label" htmlFor={`${id}-label`}>
          {t('history.name.label')}
        </label>
        <input
          id={`${id}-label`}
          className="input"
          value={label}
          maxLength={200}
          placeholder={t('history.name.placeholder')}
          aria-invalid={error !== null}
          onChange={(event) => setLabel(event.target.value)}
        />
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </div>
    </Modal>
  );
}
