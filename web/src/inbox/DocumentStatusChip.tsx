import type { DocumentStatus } from '@tandem/protocol';
import { useTranslation } from 'react-i18next';
import './inbox.css';

/** Where a document stands (R14), and whether it waits for the signed-in person. */
export function DocumentStatusChip({ status }: { status: DocumentStatus }) {
  const { t } = useTranslation();
  const mine = status.awaitingYou;
  return (
    <span
      className={`status-chip status-chip--${mine ? 'awaiting-you' : status.state}`}
      data-testid="document-status"
      data-state={status.state}
      data-awaiting-you={mine ? 'true' : undefined}
    >
      {mine ? t('inbox.status.awaitingYou') : t(`inbox.status.${status.state}`)}
    </span>
  );
}
