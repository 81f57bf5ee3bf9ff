'use client';

import { useState, type ReactNode } from 'react';

/**
 * The portfolio goes home with the pupil; the pair's own notes (observations, conversations) stay
 * on screen but are left out of the print unless the pair chooses to include them.
 */
export function PrintNotesToggle({ label, children }: { label: string; children: ReactNode }) {
  const [include, setInclude] = useState(false);
  return (
    <>
      <label className="no-print flex items-center gap-3 font-medium">
        <input type="checkbox" className="size-5 accent-brand-600" checked={include} onChange={(e) => setInclude(e.target.checked)} />
        {label}
      </label>
      <div className={include ? '' : 'print:hidden'}>{children}</div>
    </>
  );
}
