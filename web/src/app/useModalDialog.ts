import { type RefObject, useEffect, useRef } from 'react';

/**
 * Shows a native <dialog> modally for as long as the component is mounted: the browser traps
 * focus and Escape cancels. On unmount it closes and gives focus back to whatever had it before,
 * which the browser cannot do once React has already detached the dialog.
 */
export function useModalDialog(): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return ref;
}
