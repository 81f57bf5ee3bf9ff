import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AddProblemForm } from '@/components/problem-box/add-problem-form';
import { EditProblemForm } from '@/components/problem-box/edit-problem-form';
import { Disclosure } from '@/components/ui/disclosure';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { problemBoxView } from '@/lib/problem-box/queries';
import { problemStatuses } from '@/lib/problem-box/schema';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('problemBox');
  return { title: t('title') };
}

export default async function ProblemBoxPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireUser();
  const view = await problemBoxView(user, classId);
  if (!view) notFound();
  const t = await getTranslations('problemBox');
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="grid gap-8">
        <section aria-labelledby="nieuw" className="rounded-lg border border-brand-100 bg-white p-4">
          <h2 id="nieuw" className="mb-3 text-xl font-bold text-brand-800">
            {t('add.title')}
          </h2>
          <AddProblemForm classId={classId} pupils={view.pupils} />
        </section>
        {problemStatuses.map((status) => {
          const entries = view.entries.filter((entry) => entry.status === status);
          return (
            <section key={status} aria-labelledby={`status-${status}`}>
              <h2 id={`status-${status}`} className="text-xl font-bold text-brand-800">
                {t('statusTitle', { status, count: entries.length })}
              </h2>
              {entries.length ? (
                <ul className="mt-3 grid gap-3">
                  {entries.map((entry) => {
                    // A linked pupil who left since stays selectable for this entry only.
                    const pupils =
                      entry.values.pupilId && entry.pupilAlias && !view.pupils.some((p) => p.id === entry.values.pupilId)
                        ? [...view.pupils, { id: entry.values.pupilId, alias: entry.pupilAlias }]
                        : view.pupils;
                    return (
                      <li key={entry.id} className="rounded-lg border border-brand-100 bg-white p-4">
                        <p className="text-sm font-semibold text-gray-700">
                          {entry.pupilAlias ? t('from', { alias: entry.pupilAlias }) : t('anonymous')}
                          {entry.values.discussedInLesson ? ` · ${t('discussedIn', { number: entry.values.discussedInLesson })}` : ''}
                        </p>
                        <p className="mt-1 whitespace-pre-line">{entry.values.problem}</p>
                        {entry.values.solutions ? (
                          <p className="mt-2 whitespace-pre-line">
                            <span className="font-semibold">{t('solutions')}</span> {entry.values.solutions}
                          </p>
                        ) : null}
                        <div className="mt-3">
                          <Disclosure summary={t('edit.open')}>
                            <EditProblemForm classId={classId} entryId={entry.id} values={entry.values} version={entry.version} pupils={pupils} />
                          </Disclosure>
                        </div>
                      </li>
                    );
                  })}
                </ul>
              ) : (
                <p className="mt-2 text-gray-700">{t('noneWithStatus')}</p>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}
