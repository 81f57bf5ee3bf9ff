import type { ReactNode } from 'react';

/**
 * The frame around an admin table. On a narrow screen a wide table scrolls sideways inside it
 * (data tables may, under WCAG reflow); the frame is focusable and named so keyboard users can
 * scroll it too.
 */
export function TableFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="relative min-w-0 overflow-x-auto rounded-lg border border-brand-100 bg-white">
      {children}
    </div>
  );
}
