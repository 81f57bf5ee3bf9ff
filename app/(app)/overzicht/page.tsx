import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { OverviewFilterForm } from '@/components/overview/overview-filter-form';
import { SchoolPagination } from '@/components/overview/school-pagination';
import { PlanStatusBadge } from '@/components/plans/plan-status-badge';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { formatDate } from '@/lib/format/dates';
import { countByStatus, groupBySchool, pageOfSchools, planStatuses } from '@/lib/overview/matrix';
import { getProgressOverview } from '@/lib/overview/queries';
import { overviewFilterSchema, overviewPageSchema } from '@/lib/overview/schema';
import { programme } from '@/lib/programme';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('overview');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The coordinator's start page: every class × lesson, read-only, filterable, ten schools a page. */
export default async function CoordinatorOverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const params = await searchParams;
  const filter = overviewFilterSchema.parse(params);
  const data = await getProgressOverview(user, filter);
  if (!data) notFound();
  const t = await getTranslations('overview');
  const tPlans = await getTranslations('plans');
  const counts = countByStatus(data.rows);
  const shown = pageOfSchools(groupBySchool(data.rows), overviewPageSchema.parse(params).page);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <OverviewFilterForm filter={filter} schools={data.schools} years={data.years} resetHref="/overzicht" />

      <section aria-labelledby="counts-title" className="mb-6">
        <h2 id="counts-title" className="font-semibold">
          {t('counts')} · {t('classesShown', { count: data.rows.length })}
        </h2>
        {shown.pages > 1 ? <p className="text-sm text-gray-700">{t('schoolsShown', { first: shown.first, last: shown.last, total: shown.total })}</p> : null}
        <ul className="mt-2 flex flex-wrap gap-2" data-testid="status-counts">
          {planStatuses.map((status) => (
            <li key={status}>
              <PlanStatusBadge status={status} label={`${tPlans(`status.${status}`)}: ${counts[status]}`} />
            </li>
          ))}
        </ul>
      </section>

      {data.rows.length === 0 ? <Alert>{t('noClasses')}</Alert> : null}
      <div className="flex flex-col gap-8">
        {shown.groups.map(({ school, rows }) => (
          <section key={school.id} aria-labelledby={`school-${school.id}`}>
            <h2 id={`school-${school.id}`} className="text-xl font-bold text-brand-800">
              {school.name} <span className="text-base font-normal text-gray-700">· {school.kind} · {school.city}</span>
            </h2>
            <div className="relative mt-2 overflow-x-auto rounded-lg border border-brand-100 bg-white">
              <table className="min-w-full text-left text-sm">
                <caption className="sr-only">{t('caption', { school: school.name })}</caption>
                <thead className="bg-brand-50">
                  <tr>
                    <th scope="col" className="px-3 py-2">
                      {t('classColumn')}
                    </th>
                    {programme.lessons.map((lesson) => (
                      <th key={lesson.number} scope="col" className="px-3 py-2 whitespace-nowrap">
                        {t('lessonColumn', { number: lesson.number })}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.classId} className="border-t border-gray-100 align-top">
                      <th scope="row" className="px-3 py-2 font-semibold">
                        <Link href={`/klassen/${row.classId}`} className="text-brand-800 underline">
                          {row.className}
                        </Link>
                        <span className="block text-xs font-normal text-gray-600">{row.schoolYear}</span>
                      </th>
                      {row.cells.map((cell) => (
                        <td key={cell.lessonNumber} className="px-3 py-2">
                          <PlanStatusBadge status={cell.status} label={tPlans(`status.${cell.status}`)} />
                          {cell.date ? <span className="mt-1 block text-xs text-gray-600">{formatDate(cell.date)}</span> : null}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))}
      </div>
      <SchoolPagination filter={filter} page={shown.page} pages={shown.pages} basePath="/overzicht" />
    </>
  );
}
