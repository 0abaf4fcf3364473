import { useTranslation } from 'react-i18next';
import { useDomainMessage } from '../messages/useDomainMessage';
import { formatCell } from './cellText';
import type { CellConflict, CellError, GridColumn } from './columns';

/**
 * The line under a grid: why a value was refused (a live alert, so it is announced), or the
 * keyboard hints when all is well.
 */
export function GridStatus<Row>({
  error,
  conflict,
  columns,
  editable,
  onDismiss,
  onUseMine,
  hint,
}: {
  error: CellError | null;
  /** A value not written because someone else changed the cell meanwhile; offered back. */
  conflict?: CellConflict | null;
  columns: readonly GridColumn<Row>[];
  editable: boolean;
  onDismiss(): void;
  onUseMine?(conflict: CellConflict): void;
  /** Replaces the default keyboard hint (the matrix has its own keys). */
  hint?: string;
}) {
  const { t } = useTranslation();
  const describe = useDomainMessage();
  const column = error ? columns.find((c) => c.id === error.colId) : undefined;
  const conflictColumn = conflict ? columns.find((c) => c.id === conflict.colId) : undefined;
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
        {!error && conflict && (
          <span data-testid="grid-conflict">
            {t('fields.notSavedConflict', {
              name: conflict.by ?? t('fields.someone'),
              field: conflictColumn?.label ?? conflict.colId,
              value: conflict.theirs || t('fields.emptyValue'),
              mine:
                formatCell(
                  conflictColumn?.kind ?? 'text',
                  conflict.mine,
                  conflictColumn?.options,
                ) || t('fields.emptyValue'),
            })}{' '}
            {onUseMine && (
              <button
                type="button"
                className="grid__status-dismiss"
                onClick={() => onUseMine(conflict)}
              >
                {t('fields.useMine')}
              </button>
            )}
            <button type="button" className="grid__status-dismiss" onClick={onDismiss}>
              {t('fields.keepTheirs')}
            </button>
          </span>
        )}
      </div>
      {!error && !conflict && (
        <p className="grid__status-hint">
          {hint ?? (editable ? t('curriculum.grid.hintEdit') : t('curriculum.grid.hintRead'))}
        </p>
      )}
    </div>
  );
}
