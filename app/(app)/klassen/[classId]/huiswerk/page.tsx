import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DueDateText } from '@/components/homework/due-date-text';
import { HandOutForm } from '@/components/homework/hand-out-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { homeworkOverview } from '@/lib/homework/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('homework');
  return { title: t('title') };
}

export default async function HomeworkPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireUser();
  const overview = await homeworkOverview(user, classId);
  if (!overview) notFound();
  const t = await getTranslations('homework');
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <ul className="grid gap-4 lg:grid-cols-2">
        {overview.lessons.map((lesson) => {
          const headingId = `huiswerk-les-${lesson.lessonNumber}`;
          return (
            <li key={lesson.lessonNumber}>
              <section aria-labelledby={headingId} className="flex h-full flex-col gap-3 rounded-lg border border-brand-100 bg-white p-4">
                <h2 id={headingId} className="text-xl font-bold text-brand-800">
                  {t('lessonHeading', { number: lesson.lessonNumber, title: lesson.title })}
                </h2>
                <p>{lesson.description}</p>
                <p className="font-semibold">
                  <DueDateText dueDate={lesson.dueDate} undatedReason={lesson.undatedReason} />
                </p>
                {lesson.handedOut ? (
                  <>
                    <p>{t('counts', { returned: lesson.counts.RETURNED, notReturned: lesson.counts.NOT_RETURNED, out: lesson.counts.HANDED_OUT })}</p>
                    {lesson.pupilsWithout > 0 ? (
                      <HandOutForm classId={classId} lessonNumber={lesson.lessonNumber} label={t('handOut.toNew', { count: lesson.pupilsWithout })} />
                    ) : null}
                    <Link href={`/klassen/${classId}/huiswerk/${lesson.lessonNumber}`} className="font-semibold text-brand-800 underline underline-offset-2">
                      {t('perPupil', { number: lesson.lessonNumber })}
                    </Link>
                  </>
                ) : (
                  <>
                    <p className="text-gray-700">{t('notHandedOut')}</p>
                    {overview.activePupils > 0 ? (
                      <HandOutForm classId={classId} lessonNumber={lesson.lessonNumber} label={t('handOut.toAll', { count: overview.activePupils, number: lesson.lessonNumber })} />
                    ) : (
                      <p className="text-sm text-gray-700">{t('noPupils')}</p>
                    )}
                  </>
                )}
              </section>
            </li>
          );
        })}
      </ul>
    </>
  );
}
