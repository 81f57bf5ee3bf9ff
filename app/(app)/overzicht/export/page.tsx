import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ExportForm } from '@/components/export/export-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { exportFilterOptions } from '@/lib/export/scope';
import { exportTables } from '@/lib/export/tables';
import { overviewFilterSchema } from '@/lib/overview/schema';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('export');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The coordinator's research export: what is in it, how it is pseudonymised, and the downloads. */
export default async function ExportPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const options = await exportFilterOptions(user);
  if (!options) notFound();
  // Filters carried over from the overview's address, when the coordinator came from there.
  const filter = overviewFilterSchema.parse(await searchParams);
  const t = await getTranslations('export');
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <p className="mb-6 font-semibold">{t('scope', { schools: options.schools.length, classes: options.classCount })}</p>
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <section aria-labelledby="export-contents" className="rounded-lg border border-brand-100 bg-white p-4">
          <h2 id="export-contents" className="text-xl font-bold text-brand-800">
            {t('contentsTitle')}
          </h2>
          <p className="mt-1 text-gray-700">{t('contentsIntro')}</p>
          <dl className="mt-3 flex flex-col gap-2">
            {exportTables.map((table) => (
              <div key={table.name}>
                <dt className="font-semibold">
                  {table.sheet} <span className="font-normal text-gray-600">({table.name}.csv)</span>
                </dt>
                <dd className="text-gray-800">{t(`tables.${table.name}`)}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-3 border-t border-gray-100 pt-3">{t('codebook')}</p>
        </section>
        <section aria-labelledby="export-privacy" className="rounded-lg border border-brand-100 bg-white p-4">
          <h2 id="export-privacy" className="text-xl font-bold text-brand-800">
            {t('privacyTitle')}
          </h2>
          <ul className="mt-2 flex list-disc flex-col gap-2 pl-5">
            {(['pupils', 'freeText', 'staff', 'audit'] as const).map((key) => (
              <li key={key}>{t(`privacy.${key}`)}</li>
            ))}
          </ul>
        </section>
      </div>
      <div className="no-print mt-6">
        <ExportForm schools={options.schools} years={options.years} initial={filter} />
      </div>
    </>
  );
}
