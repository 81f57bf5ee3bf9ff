import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { EvaluationsSection } from '@/components/charts/evaluations-section';
import { HeldPerWeekSection } from '@/components/charts/held-per-week-section';
import { HomeworkSection } from '@/components/charts/homework-section';
import { StressSection } from '@/components/charts/stress-section';
import { OverviewFilterForm } from '@/components/overview/overview-filter-form';
import { PrintButton } from '@/components/programme/print-button';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { getChartData } from '@/lib/charts/queries';
import { overviewFilterSchema } from '@/lib/overview/schema';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('charts');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The coordinator's charts: four counts across the classes in scope, each with its table. */
export default async function ChartsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const filter = overviewFilterSchema.parse(await searchParams);
  const data = await getChartData(user, filter);
  if (!data) notFound();
  const t = await getTranslations('charts');
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} actions={<PrintButton label={t('print')} />} />
      <OverviewFilterForm filter={filter} schools={data.schools} years={data.years} resetHref="/overzicht/grafieken" />
      <p className="mb-4 font-semibold" data-testid="classes-shown">
        {t('classesShown', { count: data.classCount })}
      </p>
      <div className="flex flex-col gap-8">
        <HeldPerWeekSection weeks={data.heldPerWeek} />
        <EvaluationsSection rows={data.evaluations} />
        <StressSection grid={data.stress} />
        <HomeworkSection rows={data.homework} />
      </div>
    </>
  );
}
