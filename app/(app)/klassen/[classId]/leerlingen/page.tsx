import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AddPupilForm } from '@/components/pupils/add-pupil-form';
import { BuddyPairs } from '@/components/pupils/buddy-pairs';
import { PupilCard } from '@/components/pupils/pupil-card';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { pupilsView } from '@/lib/pupils/queries';
import { dayToDate } from '@/lib/today/day';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('pupils');
  return { title: t('title') };
}

export default async function PupilsPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireUser();
  const view = await pupilsView(user, classId);
  if (!view) notFound();
  const t = await getTranslations('pupils');
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="grid gap-6">
        <Alert tone="info" title={t('minimalDataTitle')}>
          {t('minimalData')}
        </Alert>
        <section aria-labelledby="toevoegen" className="rounded-lg border border-brand-100 bg-white p-4">
          <h2 id="toevoegen" className="mb-3 text-xl font-bold text-brand-800">
            {t('add.title')}
          </h2>
          <AddPupilForm classId={classId} />
        </section>
        <BuddyPairs pupils={view.pupils} />
        <section aria-labelledby="klas">
          <h2 id="klas" className="text-xl font-bold text-brand-800">
            {t('listTitle', { count: view.pupils.length })}
          </h2>
          {view.pupils.length ? (
            <ul className="mt-3 grid gap-4 lg:grid-cols-2">
              {view.pupils.map((pupil) => (
                <PupilCard key={pupil.id} classId={classId} pupil={pupil} classmates={view.pupils} />
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-gray-700">{t('empty')}</p>
          )}
        </section>
        {view.left.length ? (
          <section aria-labelledby="vertrokken">
            <h2 id="vertrokken" className="text-xl font-bold text-brand-800">
              {t('left.title')}
            </h2>
            <p className="mt-1 text-sm text-gray-700">{t('left.intro')}</p>
            <ul className="mt-2 grid gap-1">
              {view.left.map((pupil) => (
                <li key={pupil.id}>
                  {pupil.leftOn
                    ? t('left.item', { alias: pupil.alias, code: pupil.code, date: format.dateTime(dayToDate(pupil.leftOn), { dateStyle: 'long' }) })
                    : t('left.itemNoDate', { alias: pupil.alias, code: pupil.code })}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </>
  );
}
