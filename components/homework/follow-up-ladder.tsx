import { getFormatter, getTranslations } from 'next-intl/server';
import type { AssignmentView } from '@/lib/homework/queries';
import { dayToDate } from '@/lib/today/day';
import { Disclosure } from '@/components/ui/disclosure';
import { FollowUpForm } from './follow-up-form';
import { UndoFollowUpForm } from './undo-follow-up-form';
import { WhoBadge } from './who-badge';

/** The source's follow-up ladder for one pupil's sheet: each step with who, when, and whether it was done. */
export async function FollowUpLadder({ classId, assignment, today }: { classId: string; assignment: AssignmentView; today: string }) {
  const t = await getTranslations('homework.ladder');
  const format = await getFormatter();
  const day = (iso: string) => format.dateTime(dayToDate(iso), { weekday: 'short', day: 'numeric', month: 'long' });
  const returned = assignment.status === 'RETURNED';
  // Once the sheet is back the ladder is moot: only what was done stays visible, as history.
  const steps = assignment.steps.map((step, index) => ({ step, number: index + 1 })).filter(({ step }) => !returned || step.done);
  return (
    <div>
      <h4 className="font-semibold">{t('title')}</h4>
      {returned ? <p className="text-sm text-gray-700">{t('returned')}</p> : null}
      {steps.length ? (
        <ol className="mt-2 grid gap-3">
          {steps.map(({ step, number }) => {
            const label = t('stepLabel', { alias: assignment.pupil.alias, number });
            return (
              <li key={step.key} className={`rounded-md border p-3 ${step.due ? 'border-amber-600 bg-amber-50' : 'border-gray-200'}`}>
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">{t('step', { number })}</span>
                  <WhoBadge who={step.who} />
                  <span className="text-sm text-gray-700">{step.date ? day(step.date) : t('noDate')}</span>
                  {step.due ? <span className="text-sm font-semibold text-amber-900">{step.date && step.date < today ? t('overdue') : t('dueToday')}</span> : null}
                </div>
                <p className="mt-1">{step.action}</p>
                {step.done ? (
                  <div className="mt-2 flex flex-wrap items-center gap-x-3 text-sm">
                    <p className="font-medium text-brand-800">
                      <span aria-hidden="true">✓ </span>
                      <span>{t('done', { date: day(step.done.doneOn), name: step.done.doneBy })}</span>
                      {step.done.note ? <span className="block font-normal text-gray-800">{step.done.note}</span> : null}
                    </p>
                    <UndoFollowUpForm classId={classId} assignmentId={assignment.id} stepKey={step.key} stepLabel={label} />
                  </div>
                ) : returned ? null : (
                  <div className="mt-2">
                    <Disclosure summary={t('record')}>
                      <FollowUpForm classId={classId} assignmentId={assignment.id} stepKey={step.key} today={today} stepLabel={label} />
                    </Disclosure>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      ) : null}
    </div>
  );
}
