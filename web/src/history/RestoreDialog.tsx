import { useTranslation } from 'react-i18next';
import { restoreVersion } from '../api';
import { TextPromptDialog } from './TextPromptDialog';

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
  return (
    <TextPromptDialog
      title={t('history.restore.dialogTitle', { version: versionTitle })}
      body={t('history.restore.dialogBody')}
      label={t('history.restore.reason')}
      placeholder={t('history.restore.reasonPlaceholder')}
      requiredMessage={t('history.restore.required')}
      maxLength={500}
      multiline
      cancelLabel={t('history.restore.cancel')}
      submitLabel={t('history.restore.confirm')}
      busyLabel={t('history.restore.restoring')}
      danger
      onCancel={onCancel}
      onSubmit={async (reason) => {
        const created = await restoreVersion(documentId, versionId, reason);
        onDone(created.id);
      }}
    />
  );
}
