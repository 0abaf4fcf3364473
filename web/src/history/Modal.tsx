import { type FormEvent, type ReactNode, useEffect, useId } from 'react';
import { useModalDialog } from '../app/useModalDialog';

interface ModalProps {
  title: string;
  body?: string;
  onCancel: () => void;
  onSubmit: () => void;
  children: ReactNode;
  actions: ReactNode;
}

/**
 * A modal form (native <dialog>: focus is trapped, Escape cancels). The first field gets focus,
 * so naming a version or giving a reason is typing straight away.
 */
export function Modal({ title, body, onCancel, onSubmit, children, actions }: ModalProps) {
  const ref = useModalDialog();
  const id = useId();
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, [ref]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <dialog
      ref={ref}
      className="dialog history-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form className="dialog__form" onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="dialog__title">
          {title}
        </h2>
        {body && <p className="dialog__body">{body}</p>}
        {children}
        <div className="dialog__actions">{actions}</div>
      </form>
    </dialog>
  );
}
