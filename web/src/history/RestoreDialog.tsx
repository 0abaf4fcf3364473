import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { restoreVersion } from '../api';
import { toApiError } from '../workspace/useLoad';
import { describeHistoryError } from './describeHistoryError';
import { Modal } from './Modal';

/** Restoring asks why: the reason goes on the restore version, for the record (H5). */
export function RestoreDialog({
  documentId,
  versionId,
  versionTitle,
  onDone,
  onCancel,
}: {
  documentId: string;
  versionId: string;
  versionTitle: string;
  onDone: (restoreVersionId: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const trimmed = reason.trim();
    if (!trimmed) {
      setError(t('history.restore.required'));
      return;
    }
    setBusy(true);
    try {
      const created = await restoreVersion(documentId, versionId, trimmed);
      onDone(created.id);
    } catch (e) {
      setError(describeHistoryError(t, toApiError(e)));
      setBusy(false);
    }
  };
  return (
    <Modal
      title={t('history.restore.dialogTitle', { version: versionTitle })}
      body={t('history.restore.dialogBody')}
      onCancel={onCancel}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t('history.restore.cancel')}
          </button>
          <button type="submit" className="button button--danger" disabled={busy}>
            {busy ? t('history.restore.restoring') : t('history.restore.confirm')}
          </button>
        </>
      }
    >
      <div className="field">
        <label className="field__label" htmlFor={`${id}-reason`}>
          {t('history.restore.reason')}
        </label>
        <textarea
          id={`${id}-reason`}
          className="input history-textarea"
          value={reason}
          maxLength={500}
          rows={3}
          placeholder={t('history.restore.reasonPlaceholder')}
          aria-invalid={error !== null}
          onChange={(event) => setReason(event.target.value)}
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
