import { useTranslation } from 'react-i18next';
import { useDomainMessage } from '../messages/useDomainMessage';
import type { CellError, GridColumn } from './columns';

/**
 * The line under a grid: why a value was refused (a live alert, so it is announced), or the
 * keyboard hints when all is well.
 */
export function GridStatus<Row>({
  error,
  columns,
  editable,
  onDismiss,
  hint,
}: {
  error: CellError | null;
  columns: readonly GridColumn<Row>[];
  editable: boolean;
  onDismiss(): void;
  /** Replaces the default keyboard hint (the matrix has its own keys). */
  hint?: string;
}) {
  const { t } = useTranslation();
  const describe = useDomainMessage();
  const column = error ? columns.find((c) => c.id === error.colId) : undefined;
  return (
    <div className="grid__status">
      <div role="alert" className="grid__status-alert" data-testid="grid-error">
        {error && (
          <>
            <strong>
              {t('curriculum.grid.notSaved', { field: column?.label ?? error.colId })}
            </strong>{' '}
            {describe(error.message)}
            <button type="button" className="grid__status-dismiss" onClick={onDismiss}>
              {t('curriculum.grid.dismiss')}
            </button>
          </>
        )}
      </div>
      {!error && (
        <p className="grid__status-hint">
          {hint ?? (editable ? t('curriculum.grid.hintEdit') : t('curriculum.grid.hintRead'))}
        </p>
      )}
    </div>
  );
}
