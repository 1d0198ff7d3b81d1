// A native modal <dialog>, opened when mounted: the page behind is inert and focus moves inside;
// Escape (the dialog's "cancel") goes through `onCancel`, so each dialog says what Escape means.
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  className: string;
  labelledBy: string;
  describedBy?: string;
  onCancel: () => void;
  children: ReactNode;
}

export function ModalDialog({ className, labelledBy, describedBy, onCancel, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
