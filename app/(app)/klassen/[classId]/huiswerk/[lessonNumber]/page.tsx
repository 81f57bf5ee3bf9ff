import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { DueDateText } from '@/components/homework/due-date-text';
import { FollowUpLadder } from '@/components/homework/follow-up-ladder';
import { HandOutForm } from '@/components/homework/hand-out-form';
import { HomeworkStatusForm } from '@/components/homework/status-form';
import { Disclosure } from '@/components/ui/disclosure';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { homeworkLessonView } from '@/lib/homework/queries';
import { dayToDate } from '@/lib/today/day';

type Params = Promise<{ classId: string; lessonNumber: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lessonNumber } = await params;
  const t = await getTranslations('homework');
  return { title: t('lessonTitle', { number: Number(lessonNumber) }) };
}

export default async function HomeworkLessonPage({ params }: { params: Params }) {
  const { classId, lessonNumber } = await params;
  if (!/^[1-8]$/.test(lessonNumber)) notFound();
  const user = await requireUser();
  const view = await homeworkLessonView(user, classId, Number(lessonNumber));
  if (!view) notFound();
  const t = await getTranslations('homework');
  const format = await getFormatter();
  const day = (iso: string | null) => (iso ? format.dateTime(dayToDate(iso), { weekday: 'long', day: 'numeric', month: 'long' }) : t('lesson.notScheduled'));
  const statusText = (status: 'HANDED_OUT' | 'RETURNED' | 'NOT_RETURNED', returnedOn: string | null) =>
    status === 'RETURNED' && returnedOn ? t('lesson.returnedOn', { date: day(returnedOn) }) : t(`status.options.${status}`);

  return (
    <>
      <p className="no-print mb-2">
        <Link href={`/klassen/${classId}/huiswerk`} className="text-brand-800 underline underline-offset-2">
          {t('lesson.back')}
        </Link>
      </p>
      <PageHeader title={t('lessonHeading', { number: view.lessonNumber, title: view.title })} intro={view.description} />
      <section aria-labelledby="regel" className="mb-6 rounded-lg border-2 border-amber-600 bg-amber-50 p-4">
        <h2 id="regel" className="text-lg font-bold">
          <DueDateText dueDate={view.dueDate} undatedReason={view.undatedReason} />
        </h2>
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t('lesson.lessonDate', { number: view.lessonNumber })}</dt>
          <dd>{day(view.lessonDate)}</dd>
          <dt className="font-semibold">{t('lesson.lessonDate', { number: view.lessonNumber + 1 })}</dt>
          <dd>{day(view.nextLessonDate)}</dd>
        </dl>
        <div className="mt-3">
          <Disclosure summary={t('lesson.sourceRule')}>
            <p>{view.ruleText}</p>
          </Disclosure>
        </div>
      </section>

      {view.pupilsWithout.length ? (
        <section aria-labelledby="niet-uitgedeeld" className="mb-6 rounded-lg border border-brand-100 bg-white p-4">
          <h2 id="niet-uitgedeeld" className="text-lg font-bold text-brand-800">
            {t('lesson.withoutTitle')}
          </h2>
          <p className="mt-1">{view.pupilsWithout.map((p) => p.alias).join(', ')}</p>
          <div className="mt-3">
            <HandOutForm
              classId={classId}
              lessonNumber={view.lessonNumber}
              label={view.assignments.length ? t('handOut.toNew', { count: view.pupilsWithout.length }) : t('handOut.toAll', { count: view.pupilsWithout.length, number: view.lessonNumber })}
            />
          </div>
        </section>
      ) : null}

      <ul className="grid gap-4">
        {view.assignments.map((assignment) => {
          const headingId = `leerling-${assignment.pupil.id}`;
          return (
            <li key={assignment.id}>
              <section aria-labelledby={headingId} className="grid gap-4 rounded-lg border border-brand-100 bg-white p-4 lg:grid-cols-[minmax(0,20rem)_1fr]">
                <div className="flex flex-col gap-3">
                  <div>
                    <h2 id={headingId} className="text-xl font-bold text-brand-800">
                      {assignment.pupil.alias}
                    </h2>
                    <p className="font-medium">{statusText(assignment.status, assignment.returnedOn)}</p>
                    <p className="text-sm text-gray-700">
                      {assignment.mentor
                        ? t('lesson.mentor', { who: assignment.mentor.who, contact: assignment.mentor.contact ?? t('lesson.noContact') })
                        : t('lesson.noMentor')}
                    </p>
                  </div>
                  <HomeworkStatusForm
                    classId={classId}
                    assignmentId={assignment.id}
                    alias={assignment.pupil.alias}
                    status={assignment.status}
                    returnedOn={assignment.returnedOn}
                    today={view.today}
                  />
                </div>
                <FollowUpLadder classId={classId} assignment={assignment} today={view.today} />
              </section>
            </li>
          );
        })}
      </ul>
    </>
  );
}
