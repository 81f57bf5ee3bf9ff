import type { ReactNode } from 'react';

/** One lettered part of a lesson (A–F), a landmark with its own heading. */
export function LessonSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-titel`} className="scroll-mt-4 border-t border-brand-100 pt-6 print:pt-3">
      <h2 id={`${id}-titel`} className="mb-3 text-xl font-bold text-brand-800 break-after-avoid sm:text-2xl print:text-[15pt]">
        {title}
      </h2>
      {children}
    </section>
  );
}
