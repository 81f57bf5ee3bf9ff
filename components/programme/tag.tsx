import type { ReactNode } from 'react';

/** A small label beside a title (facultatief, huiswerk, …); bordered so it prints in black and white. */
export function Tag({ children, tone = 'neutral' }: { children: ReactNode; tone?: 'neutral' | 'accent' }) {
  const colours = tone === 'accent' ? 'border-amber-700 bg-amber-50 text-amber-900' : 'border-gray-400 bg-white text-gray-800';
  return <span className={`inline-block rounded-full border px-2.5 py-0.5 text-sm font-medium ${colours}`}>{children}</span>;
}
