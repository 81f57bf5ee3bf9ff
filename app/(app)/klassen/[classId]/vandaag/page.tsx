import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { DueStepItem } from '@/components/today/due-step-item';
import { MarkReturnedForm } from '@/components/homework/mark-returned-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { getLesson } from '@/lib/programme';
import { isStepFor } from '@/lib/today/build';
import { dayToDate } from '@/lib/today/day';
import { todayView } from '@/lib/today/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('today');
  return { title: t('title') };
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-xl font-bold text-brand-800">
        {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

export default async function TodayPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireUser();
  const overview = await todayView(user, classId);
  if (!overview) notFound();
  const t = await getTranslations('today');
  const format = await getFormatter();
  const longDay = (iso: string) => format.dateTime(dayToDate(iso), { weekday: 'long', day: 'numeric', month: 'long' });
  const mine = overview.steps.filter((step) => isStepFor(step.who, user.role));
  const theirs = overview.steps.filter((step) => !isStepFor(step.who, user.role));
  const partner = user.role === 'CARE_WORKER' ? 'TEACHER' : 'CARE_WORKER';

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro', { date: longDay(overview.today) })} />
      <div className="grid gap-8">
        <Section id="mijn-stappen" title={t('mine.title', { role: t(`roles.${user.role === 'CARE_WORKER' ? 'CARE_WORKER' : 'TEACHER'}`) })}>
          {mine.length ? (
            <ul className="grid gap-3">
              {mine.map((step) => (
                <DueStepItem key={`${step.assignmentId}-${step.stepKey}`} classId={classId} step={step} today={overview.today} />
              ))}
            </ul>
          ) : (
            <p className="text-gray-700">{t('mine.none')}</p>
          )}
        </Section>

        <Section id="stappen-partner" title={t('theirs.title', { role: t(`roles.${partner}`) })}>
          {theirs.length ? (
            <ul className="grid gap-3">
              {theirs.map((step) => (
                <DueStepItem key={`${step.assignmentId}-${step.stepKey}`} classId={classId} step={step} today={overview.today} />
              ))}
            </ul>
          ) : (
            <p className="text-gray-700">{t('theirs.none')}</p>
          )}
        </Section>

        <Section id="huiswerk-terug" title={t('homework.title')}>
          {overview.homework.length ? (
            <ul className="grid gap-3">
              {overview.homework.map((item) => (
                <li key={item.assignmentId} className={`rounded-lg border p-4 ${item.overdue ? 'border-amber-600 bg-amber-50' : 'border-brand-100 bg-white'}`}>
                  <p className="font-bold text-brand-800">{t('homework.item', { alias: item.pupil.alias, number: item.lessonNumber })}</p>
                  <p>{item.overdue ? t('homework.overdue', { date: longDay(item.dueDate) }) : t('homework.dueToday')}</p>
                  <p className="text-sm text-gray-700">{item.mentor ? t('step.mentor', { who: item.mentor.who, contact: item.mentor.contact ?? t('step.noContact') }) : t('step.noMentor')}</p>
                  <div className="mt-2 flex flex-wrap items-start gap-3">
                    <MarkReturnedForm classId={classId} assignmentId={item.assignmentId} alias={item.pupil.alias} today={overview.today} />
                    <Link href={`/klassen/${classId}/huiswerk/${item.lessonNumber}#leerling-${item.pupil.id}`} className="inline-flex min-h-11 items-center text-brand-800 underline underline-offset-2">
                      {t('step.ladderLink', { alias: item.pupil.alias })}
                    </Link>
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-gray-700">{t('homework.none')}</p>
          )}
          {overview.undated.length ? (
            <ul className="mt-3 grid gap-2">
              {overview.undated.map((item) => (
                <li key={item.lessonNumber} className="rounded-md border border-gray-300 bg-white p-3">
                  {t('homework.undated', { number: item.lessonNumber, count: item.openCount })} {t(`homework.reason.${item.reason}`)}
                </li>
              ))}
            </ul>
          ) : null}
        </Section>

        <Section id="lessen-week" title={t('lessons.title')}>
          <p className="mb-2 text-sm text-gray-700">{t('lessons.window', { from: longDay(overview.today), until: longDay(overview.weekEnd) })}</p>
          {overview.lessons.length ? (
            <ul className="grid gap-2">
              {overview.lessons.map((lesson) => (
                <li key={lesson.lessonNumber} className="rounded-md border border-brand-100 bg-white p-3">
                  <span className="font-semibold">{t('lessons.item', { number: lesson.lessonNumber, title: getLesson(lesson.lessonNumber)?.title ?? '' })}</span>
                  <span className="block text-gray-700">
                    {lesson.day === overview.today
                      ? t('lessons.today', { time: format.dateTime(lesson.startsAt, { hour: '2-digit', minute: '2-digit' }) })
                      : format.dateTime(lesson.startsAt, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' })}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-gray-700">{t('lessons.none')}</p>
          )}
        </Section>
      </div>
    </>
  );
}
