import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClassFidelitySection } from '@/components/fidelity/class-fidelity';
import { ClassPicker } from '@/components/fidelity/class-picker';
import { FidelityLessonsTable } from '@/components/fidelity/fidelity-lessons-table';
import { OverviewFilterForm } from '@/components/overview/overview-filter-form';
import { PrintButton } from '@/components/programme/print-button';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { getFidelityReport } from '@/lib/fidelity/queries';
import { fidelityParamsSchema } from '@/lib/fidelity/schema';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('fidelity');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** "Uitvoering volgens plan": the fidelity report per lesson, and per class per activity. */
export default async function FidelityPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const { class: classId, ...filter } = fidelityParamsSchema.parse(await searchParams);
  const report = await getFidelityReport(user, filter, classId);
  if (!report) notFound();
  const t = await getTranslations('fidelity');
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} actions={<PrintButton label={t('print')} />} />
      <OverviewFilterForm filter={filter} schools={report.schools} years={report.years} resetHref="/overzicht/trouw">
        <ClassPicker classes={report.classes} value={classId} />
      </OverviewFilterForm>

      <section aria-labelledby="explanation-title" className="mb-6 max-w-3xl rounded-lg border border-brand-100 bg-brand-50 p-4 print:border-0 print:bg-white print:p-0">
        <h2 id="explanation-title" className="font-bold text-brand-800">
          {t('explanationTitle')}
        </h2>
        <p className="mt-1">{t('explainHeld')}</p>
        <p className="mt-1">{t('explainOutcomes')}</p>
        <p className="mt-1">{t('explainMinutes')}</p>
      </section>

      <section aria-labelledby="overall-title" className="mb-8 rounded-lg border border-brand-100 bg-white p-4 sm:p-6">
        <h2 id="overall-title" className="text-xl font-bold text-brand-800">
          {t('overallTitle')}
        </h2>
        <p className="mb-3 text-gray-700" data-testid="classes-shown">
          {t('classesShown', { count: report.classCount })}
        </p>
        <FidelityLessonsTable lessons={report.lessons} />
      </section>

      <section aria-labelledby="class-title" className="rounded-lg border border-brand-100 bg-white p-4 sm:p-6">
        <h2 id="class-title" className="mb-3 text-xl font-bold text-brand-800">
          {t('classTitle')}
        </h2>
        {report.selected ? <ClassFidelitySection data={report.selected} /> : <p className="text-gray-700">{t('classHint')}</p>}
      </section>
    </>
  );
}
