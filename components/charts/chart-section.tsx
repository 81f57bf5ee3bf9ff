import type { ReactNode } from 'react';

/**
 * One chart with its explanation, and beside it (wide screens) or below it (narrow) the same
 * figures as a table; `wideTable` puts a table with many columns below the chart at any width.
 */
export function ChartSection({ id, title, description, chart, table, wideTable = false }: { id: string; title: string; description: string; chart: ReactNode; table: ReactNode; wideTable?: boolean }) {
  return (
    <section aria-labelledby={`${id}-title`} className="break-inside-avoid rounded-lg border border-brand-100 bg-white p-4 sm:p-6">
      <h2 id={`${id}-title`} className="text-xl font-bold text-brand-800">
        {title}
      </h2>
      <p className="mt-1 max-w-3xl text-gray-700">{description}</p>
      <div className={`mt-4 grid gap-6 ${wideTable ? '' : 'lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]'}`}>
        <div className={`min-w-0 ${wideTable ? 'max-w-3xl' : ''}`}>{chart}</div>
        <div className="min-w-0">{table}</div>
      </div>
    </section>
  );
}
