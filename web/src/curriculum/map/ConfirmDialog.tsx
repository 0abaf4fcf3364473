import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../app/useModalDialog';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm(): void;
  onClose(): void;
  testId?: string;
}

/** A modal question (native <dialog>: focus trap, Escape and the backdrop come for free). */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  const ref = useModalDialog();
  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide"
      aria-labelledby="confirm-title"
      onClose={props.onClose}
      data-testid={props.testId}
    >
      <div className="dialog__form">
        <h2 id="confirm-title" className="dialog__title">
          {props.title}
        </h2>
        <div className="dialog__body">{props.children}</div>
        <div className="dialog__actions">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => ref.current?.close()}
          >
            {t('curriculum.common.cancel')}
          </button>
          <button
            type="button"
            className={`button ${props.danger ? 'button--danger' : 'button--primary'}`}
            onClick={() => {
              props.onConfirm();
              ref.current?.close();
            }}
          >
            {props.confirmLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}
