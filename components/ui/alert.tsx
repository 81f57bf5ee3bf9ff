import type { ReactNode } from 'react';

const tones = {
  error: 'border-red-700 bg-red-50 text-red-900',
  success: 'border-brand-600 bg-brand-50 text-brand-800',
  info: 'border-sky-700 bg-sky-50 text-sky-900',
  warning: 'border-amber-600 bg-amber-50 text-amber-900',
} as const;

/** A message block; errors are announced to screen readers at once. */
export function Alert({ tone = 'info', title, children }: { tone?: keyof typeof tones; title?: ReactNode; children?: ReactNode }) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`rounded-md border-l-4 p-4 ${tones[tone]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? 'mt-1' : ''}>{children}</div> : null}
    </div>
  );
}
