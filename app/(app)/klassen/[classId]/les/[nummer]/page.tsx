import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PrepareForm } from '@/components/plans/prepare-form';
import { PreviousLessonPanel } from '@/components/plans/previous-lesson-panel';
import { StartPlanButton } from '@/components/plans/start-plan-button';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/policy';
import { requireClass } from '@/lib/classes/access';
import { getPreparePage } from '@/lib/plans/queries';
import { getLesson } from '@/lib/programme';

type Params = Promise<{ classId: string; nummer: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const lesson = getLesson(Number((await params).nummer));
  const t = await getTranslations('plans');
  return { title: lesson ? t('prepareTitle', { number: lesson.number, title: lesson.title }) : undefined };
}

export default async function PreparePlanPage({ params }: { params: Params }) {
  const { classId, nummer } = await params;
  const lessonNumber = Number(nummer);
  const lesson = getLesson(lessonNumber);
  if (!lesson) notFound();
  const user = await requireUser();
  const schoolClass = await requireClass(user, classId, 'read');
  const t = await getTranslations('plans');
  const tRun = await getTranslations('run');
  const page = await getPreparePage(user, classId, lessonNumber);
  const title = t('prepareTitle', { number: lesson.number, title: lesson.title });

  if (!page) {
    const canWrite = can(user, 'write', { kind: 'class', classId, schoolId: schoolClass.schoolId });
    return (
      <>
        <PageHeader title={title} />
        <Alert>{t('notStartedYet')}</Alert>
        {canWrite ? (
          <div className="mt-4">
            <StartPlanButton classId={classId} lessonNumber={lessonNumber} label={t('startPreparing')} pendingLabel={t('starting')} srLabel={title} />
          </div>
        ) : null}
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={title}
        intro={page.editable ? t('prepareIntro') : page.plan.status === 'HELD' || page.plan.status === 'EVALUATED' ? t('lockedHeld') : t('readOnly')}
        actions={
          <>
            {page.plan.status === 'READY' || page.plan.status === 'HELD' || page.plan.status === 'EVALUATED' ? (
              <Link href={`/klassen/${classId}/les/${lessonNumber}/geven`} className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
                {page.plan.status === 'READY' ? tRun('giveLesson') : tRun('viewRun')}
              </Link>
            ) : null}
            <Link href={`/klassen/${classId}/les/${lessonNumber}/afdrukken`} className="rounded-md border border-brand-600 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
              {t('printView')}
            </Link>
            <Link href={`/klassen/${classId}`} className="rounded-md px-4 py-2 font-semibold text-brand-800 underline">
              {t('backToClass')}
            </Link>
          </>
        }
      />
      <p className="mb-6 max-w-3xl text-gray-700">{page.lesson.theme}</p>
      {page.plan.status === 'PREPARING' && page.editable ? <p className="no-print mb-6 max-w-3xl text-sm text-gray-700">{tRun('notReadyHint')}</p> : null}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <PrepareForm
          planId={page.plan.id}
          lesson={page.lesson}
          snapshot={page.snapshot}
          editable={page.editable}
          user={{ id: user.id, role: user.role }}
          pupils={page.pupils}
          team={page.team}
        />
        <aside className="no-print lg:order-last">
          <PreviousLessonPanel previous={page.previous} />
        </aside>
      </div>
    </>
  );
}
