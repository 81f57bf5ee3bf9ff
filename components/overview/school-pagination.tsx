import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { OverviewFilter } from '@/lib/overview/schema';

const linkClass = 'inline-flex min-h-11 items-center rounded-md border border-brand-600 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50';

/** "Vorige / Volgende" between pages of schools, keeping the filters. Nothing when there is one page. */
export async function SchoolPagination({ filter, page, pages, basePath }: { filter: OverviewFilter; page: number; pages: number; basePath: string }) {
  if (pages <= 1) return null;
  const t = await getTranslations('overview');
  const href = (target: number) => {
    const params = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
    if (target > 1) params.set('page', String(target));
    const query = params.toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  return (
    <nav aria-label={t('pagination.label')} className="no-print my-6 flex flex-wrap items-center gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} className={linkClass} rel="prev">
          {t('pagination.previous')}
        </Link>
      ) : null}
      <span aria-current="page" className="text-gray-800">
        {t('pagination.position', { page, pages })}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className={linkClass} rel="next">
          {t('pagination.next')}
        </Link>
      ) : null}
    </nav>
  );
}
