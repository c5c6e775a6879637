import { useEffect, useRef } from 'react';

/**
 * A `<dialog>` shown modal for as long as the component is mounted, and closed with it. Focus goes to
 * `initialFocus` when it is attached (the safe choice, such as Cancel), else to the dialog's first control.
 */
export function useModalDialog<T extends HTMLElement = HTMLButtonElement>() {
  const dialog = useRef<HTMLDialogElement>(null);
  const initialFocus = useRef<T>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    initialFocus.current?.focus();
    return () => element.close();
  }, []);

  return { dialog, initialFocus };
}
