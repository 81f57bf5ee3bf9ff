import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FollowUpForm } from '@/components/homework/follow-up-form';
import { WhoBadge } from '@/components/homework/who-badge';
import { Disclosure } from '@/components/ui/disclosure';
import type { DueStep } from '@/lib/today/build';
import { dayToDate } from '@/lib/today/day';

/** A follow-up step due today (or missed), with the mentor's contact and the form to record it. */
export async function DueStepItem({ classId, step, today }: { classId: string; step: DueStep; today: string }) {
  const t = await getTranslations('today.step');
  const format = await getFormatter();
  const headingId = `stap-${step.assignmentId}-${step.stepKey}`;
  const label = t('label', { alias: step.pupil.alias, number: step.lessonNumber });
  return (
    <li>
      <article aria-labelledby={headingId} className={`rounded-lg border p-4 ${step.overdue ? 'border-amber-600 bg-amber-50' : 'border-brand-100 bg-white'}`}>
        <div className="flex flex-wrap items-center gap-2">
          <h3 id={headingId} className="text-lg font-bold text-brand-800">
            {label}
          </h3>
          <WhoBadge who={step.who} />
          <span className="text-sm font-semibold">
            {step.overdue ? t('overdue', { date: format.dateTime(dayToDate(step.date), { weekday: 'long', day: 'numeric', month: 'long' }) }) : t('today')}
          </span>
        </div>
        <p className="mt-2">{step.action}</p>
        <p className="mt-1 text-sm text-gray-700">
          {step.mentor ? t('mentor', { who: step.mentor.who, contact: step.mentor.contact ?? t('noContact') }) : t('noMentor')}
        </p>
        <p className="mt-1 text-sm">
          <Link href={`/klassen/${classId}/huiswerk/${step.lessonNumber}#leerling-${step.pupil.id}`} className="text-brand-800 underline underline-offset-2">
            {t('ladderLink', { alias: step.pupil.alias })}
          </Link>
        </p>
        <div className="mt-3">
          <Disclosure summary={t('record')}>
            <FollowUpForm classId={classId} assignmentId={step.assignmentId} stepKey={step.stepKey} today={today} stepLabel={`${label}: ${step.action}`} />
          </Disclosure>
        </div>
      </article>
    </li>
  );
}
