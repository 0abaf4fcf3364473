import { useTranslation } from 'react-i18next';
import { createVersion } from '../api';
import { TextPromptDialog } from './TextPromptDialog';

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
  return (
    <TextPromptDialog
      title={t('history.name.dialogTitle')}
      body={t('history.name.dialogBody')}
      label={t('history.name.label')}
      placeholder={t('history.name.placeholder')}
      requiredMessage={t('history.name.required')}
      maxLength={200}
      cancelLabel={t('history.name.cancel')}
      submitLabel={t('history.name.submit')}
      busyLabel={t('history.name.saving')}
      onCancel={onCancel}
      onSubmit={async (label) => {
        const created = await createVersion(documentId, label);
        onDone(label, created.id);
      }}
    />
  );
}
