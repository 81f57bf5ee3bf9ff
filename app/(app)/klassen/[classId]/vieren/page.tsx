import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CelebrationForm } from '@/components/celebration/celebration-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { listCelebrations, type CelebrationRow } from '@/lib/celebration/queries';
import { programme } from '@/lib/programme';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('celebrate');
  return { title: t('title') };
}

const linkClass = 'rounded-md border border-brand-600 px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50';

/** Lesson 8 "Vieren van succes": per pupil the scale question and their words; certificates and portfolios. */
export default async function CelebratePage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireUser();
  const data = await listCelebrations(user, classId);
  if (!data) notFound();
  const t = await getTranslations('celebrate');
  const items = programme.celebration.items;
  const elements = items.filter((i) => ['selfRating', 'proudest', 'keepGoing'].includes(i.key));
  const ceremony = items.filter((i) => ['guardOfHonour', 'certificate'].includes(i.key));

  const collectedText = (row: CelebrationRow) => {
    const parts = [
      row.collected.talents > 0 ? t('collectedTalents', { count: row.collected.talents }) : null,
      row.collected.goal ? t('collectedGoal') : null,
      row.collected.feedback ? t('collectedFeedback') : null,
      row.collected.growth ? t('collectedGrowth') : null,
    ].filter((p): p is string => p !== null);
    return parts.length > 0 ? t('collected', { items: parts.join(' · ') }) : t('collectedNone');
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <a href={`/api/classes/${classId}/certificates`} download className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
            {t('downloadAll')}
          </a>
        }
      />
      <div className="mb-8 grid gap-4 md:grid-cols-2">
        <section aria-labelledby="elements-title" className="rounded-lg border border-brand-100 bg-white p-4">
          <h2 id="elements-title" className="font-bold text-brand-800">
            {t('elementsTitle')}
          </h2>
          <ul className="mt-2 list-disc pl-5 text-gray-800">
            {elements.map((item) => (
              <li key={item.key}>
                <span className="font-semibold">{item.label}:</span> {item.description}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="ceremony-title" className="rounded-lg border border-brand-100 bg-white p-4">
          <h2 id="ceremony-title" className="font-bold text-brand-800">
            {t('ceremonyTitle')}
          </h2>
          <ul className="mt-2 list-disc pl-5 text-gray-800">
            {ceremony.map((item) => (
              <li key={item.key}>{item.description}</li>
            ))}
          </ul>
        </section>
      </div>

      <h2 className="mb-4 text-2xl font-bold text-brand-800">{t('pupilsTitle')}</h2>
      {data.pupils.length === 0 ? <p>{t('noPupils')}</p> : null}
      <ul className="grid gap-4 lg:grid-cols-2">
        {data.pupils.map((row) => (
          <li key={row.pupilId}>
            <article aria-labelledby={`pupil-${row.pupilId}`} className="flex h-full flex-col gap-3 rounded-lg border border-brand-100 bg-white p-5">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h3 id={`pupil-${row.pupilId}`} className="text-xl font-bold text-brand-800">
                  {row.alias}
                </h3>
                <div className="flex flex-wrap gap-2">
                  <a href={`/api/classes/${classId}/certificates/${row.pupilId}`} download className={linkClass}>
                    {t('downloadOne')}
                    <span className="sr-only"> {row.alias}</span>
                  </a>
                  <Link href={`/klassen/${classId}/leerlingen/${row.pupilId}/portfolio`} className={linkClass}>
                    {t('portfolio')}
                    <span className="sr-only"> {row.alias}</span>
                  </Link>
                </div>
              </div>
              <p className="text-sm text-gray-700">{collectedText(row)}</p>
              <CelebrationForm pupilId={row.pupilId} alias={row.alias} initial={row.values} version={row.version} />
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
