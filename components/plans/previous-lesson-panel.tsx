import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/format/dates';
import type { PreviousLesson } from '@/lib/plans/queries';

/** Beside the prepare page: how the previous lesson went, so it can shape this one. */
export async function PreviousLessonPanel({ previous }: { previous: PreviousLesson | null }) {
  const t = await getTranslations('plans');
  if (!previous) return <p className="text-sm text-gray-700">{t('previousNone')}</p>;
  return (
    <section aria-labelledby="previous-title" className="rounded-lg border border-gray-200 bg-white p-4">
      <h2 id="previous-title" className="font-bold text-brand-800">
        {t('previousTitle', { number: previous.number, title: previous.title })}
      </h2>
      <p className="text-sm text-gray-700">
        {t(`status.${previous.status}`)}
        {previous.heldOn ? ` · ${t('heldOn', { date: formatDate(previous.heldOn) })}` : ''}
      </p>
      <details className="mt-3" open={previous.status === 'HELD' || previous.status === 'EVALUATED'}>
        <summary className="cursor-pointer font-semibold">{t('previousPlan')}</summary>
        {previous.planId ? (
          <ol className="mt-2 flex flex-col gap-1 text-sm">
            {previous.activities.map((a) => (
              <li key={a.number}>
                {a.number}. {a.title}
                <span className="text-gray-600">
                  {!a.included ? ` · ${t('skipped')}` : ''}
                  {a.minutes !== null ? ` · ${t('minutesShort', { minutes: a.minutes })}` : ''}
                  {a.option ? ` · ${t('chosenOption', { option: a.option })}` : ''}
                </span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-2 text-sm">{t('previousNotHeld', { number: previous.number })}</p>
        )}
      </details>
      <details className="mt-3" open>
        <summary className="cursor-pointer font-semibold">{t('previousEvaluation')}</summary>
        {previous.evaluationSubmitted ? (
          <dl className="mt-2 flex flex-col gap-2 text-sm">
            {previous.evaluationAnswers.map((a) => (
              <div key={a.label}>
                <dt className="font-semibold">{t('question', { label: a.label })}</dt>
                <dd className="whitespace-pre-line">{a.text}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="mt-2 text-sm">{t('noEvaluation')}</p>
        )}
      </details>
      <details className="mt-3">
        <summary className="cursor-pointer font-semibold">{t('previousLogbooks')}</summary>
        {previous.logbooks.length === 0 ? (
          <p className="mt-2 text-sm">{t('noLogbooks')}</p>
        ) : (
          previous.logbooks.map((l) => (
            <div key={l.author} className="mt-2 text-sm">
              <p className="font-semibold">{l.author}</p>
              <p className="whitespace-pre-line">{l.text}</p>
            </div>
          ))
        )}
      </details>
    </section>
  );
}
