import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { StartPlanButton } from '@/components/plans/start-plan-button';
import { PlanStatusBadge } from '@/components/plans/plan-status-badge';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/policy';
import { formatDate, formatDateTime } from '@/lib/format/dates';
import { listClassLessons } from '@/lib/plans/queries';
import { CELEBRATION_LESSON, hasEvaluationForm } from '@/lib/programme/lesson-extras';

export async function generateMetadata({ params }: { params: Promise<{ classId: string }> }): Promise<Metadata> {
  const user = await requireUser();
  const data = await listClassLessons(user, (await params).classId);
  const t = await getTranslations('plans');
  return { title: data ? t('classTitle', { name: data.schoolClass.name }) : undefined };
}

export default async function ClassLessonsPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireUser();
  const data = await listClassLessons(user, classId);
  if (!data) notFound();
  const t = await getTranslations('plans');
  const tRun = await getTranslations('run');
  const tEvaluation = await getTranslations('evaluation');
  const tCelebrate = await getTranslations('celebrate');
  const { schoolClass, lessons } = data;
  const canWrite = can(user, 'write', { kind: 'class', classId, schoolId: schoolClass.schoolId });
  const seesPupilData = can(user, 'read', { kind: 'pupilData', classId, schoolId: schoolClass.schoolId });
  return (
    <>
      <PageHeader title={t('classTitle', { name: schoolClass.name })} intro={t('classIntro')} />
      <ol className="grid gap-3">
        {lessons.map((lesson) => (
          <li key={lesson.number} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-brand-100 bg-white p-4">
            <div>
              <h2 className="text-lg font-bold text-brand-800">
                {t('prepareTitle', { number: lesson.number, title: lesson.title })}
                {lesson.optional ? <span className="ml-2 text-sm font-normal text-gray-600">({t('optional')})</span> : null}
              </h2>
              <p className="text-sm text-gray-700">
                {lesson.scheduledAt ? formatDateTime(lesson.scheduledAt) : t('notScheduled')}
                {lesson.heldOn ? ` · ${t('heldOn', { date: formatDate(lesson.heldOn) })}` : ''}
              </p>
              {canWrite && lesson.status === 'PREPARING' ? <p className="text-sm text-gray-700">{tRun('notReadyHint')}</p> : null}
            </div>
            <div className="flex flex-wrap items-center gap-3">
              <PlanStatusBadge status={lesson.status} label={t(`status.${lesson.status}`)} />
              {lesson.planId && lesson.status === 'READY' ? (
                <Link href={`/klassen/${classId}/les/${lesson.number}/geven`} className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
                  {tRun('giveLesson')}
                  <span className="sr-only"> {t('prepareTitle', { number: lesson.number, title: lesson.title })}</span>
                </Link>
              ) : null}
              {lesson.planId && (lesson.status === 'HELD' || lesson.status === 'EVALUATED') ? (
                <Link href={`/klassen/${classId}/les/${lesson.number}/geven`} className="rounded-md border border-brand-600 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
                  {tRun('viewRun')}
                  <span className="sr-only"> {t('prepareTitle', { number: lesson.number, title: lesson.title })}</span>
                </Link>
              ) : null}
              {lesson.planId ? (
                <Link href={`/klassen/${classId}/les/${lesson.number}`} className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
                  {canWrite && (lesson.status === 'PREPARING' || lesson.status === 'READY') ? t('prepare') : t('view')}
                  <span className="sr-only"> {t('prepareTitle', { number: lesson.number, title: lesson.title })}</span>
                </Link>
              ) : canWrite ? (
                <StartPlanButton classId={classId} lessonNumber={lesson.number} label={t('startPreparing')} pendingLabel={t('starting')} srLabel={t('prepareTitle', { number: lesson.number, title: lesson.title })} />
              ) : null}
              {hasEvaluationForm(lesson.number) && (lesson.status === 'HELD' || lesson.status === 'EVALUATED') ? (
                <Link
                  href={`/klassen/${classId}/les/${lesson.number}/evaluatie`}
                  className="rounded-md border border-brand-600 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
                >
                  {canWrite && lesson.status === 'HELD' ? tEvaluation('evaluate') : tEvaluation('viewEvaluation')}
                  <span className="sr-only"> {t('prepareTitle', { number: lesson.number, title: lesson.title })}</span>
                </Link>
              ) : null}
              {lesson.number === CELEBRATION_LESSON && seesPupilData ? (
                <Link href={`/klassen/${classId}/vieren`} className="rounded-md border border-brand-600 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
                  {tCelebrate('link')}
                </Link>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
