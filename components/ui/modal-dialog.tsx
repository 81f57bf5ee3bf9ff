'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A native modal <dialog>: the browser traps focus, closes it on Escape and makes the page behind
 * it inert, so keyboard and screen-reader users get a real dialog without extra script.
 */
export function ModalDialog({ open, onClose, labelledBy, children, className = '' }: { open: boolean; onClose: () => void; labelledBy: string; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      onClose={onClose}
      // A click on the backdrop (the dialog element itself, outside its content) closes it.
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      className={`m-auto w-[calc(100%-1rem)] max-w-lg rounded-xl bg-white p-0 text-ink shadow-xl backdrop:bg-black/50 ${className}`}
    >
      {open ? <div className="p-5">{children}</div> : null}
    </dialog>
  );
}
