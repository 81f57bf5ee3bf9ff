import Link from 'next/link';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { FilterSelect, schoolKindOptions } from '@/components/ui/filter-select';
import type { OverviewFilter } from '@/lib/overview/schema';

export const filterSelectClass = 'min-h-11 rounded-md border border-gray-400 bg-white px-3 py-2';

/**
 * The coordinator's filters (school, SO/VSO, school year) as a plain GET form, so a filtered page
 * is a link that can be shared and works without script. Used by the overview, the charts and
 * the fidelity report; `children` adds a page's own fields before the button.
 */
export async function OverviewFilterForm({
  filter,
  schools,
  years,
  resetHref,
  children,
}: {
  filter: OverviewFilter;
  schools: { id: string; name: string }[];
  years: string[];
  resetHref: string;
  children?: ReactNode;
}) {
  const t = await getTranslations('overview');
  return (
    <form method="get" aria-label={t('filters')} className="no-print mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-brand-100 bg-white p-4">
      <FilterSelect id="filter-school" name="school" label={t('school')} value={filter.school} allLabel={t('allSchools')} options={schools.map((s) => ({ value: s.id, label: s.name }))} selectClassName={filterSelectClass} />
      <FilterSelect id="filter-kind" name="kind" label={t('kind')} value={filter.kind} allLabel={t('allKinds')} options={schoolKindOptions} selectClassName={filterSelectClass} />
      <FilterSelect id="filter-year" name="year" label={t('year')} value={filter.year} allLabel={t('allYears')} options={years.map((y) => ({ value: y, label: y }))} selectClassName={filterSelectClass} />
      {children}
      <button type="submit" className="min-h-11 rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
        {t('apply')}
      </button>
      <Link href={resetHref} className="min-h-11 px-2 py-2 font-semibold text-brand-800 underline">
        {t('reset')}
      </Link>
    </form>
  );
}
