import { getTranslations } from 'next-intl/server';
import { formatDate, formatDateTime } from '@/lib/format/dates';
import type { CaptureView, EvaluationView, QuestionView } from '@/lib/evaluation/queries';
import { CapturesAside, capturesFor } from './captures-aside';

function Amendments({ items, title }: { items: EvaluationView['amendments']; title: string }) {
  if (items.length === 0) return null;
  return (
    <div className="mt-3 border-l-4 border-amber-500 pl-3">
      <h4 className="text-sm font-semibold text-amber-900">{title}</h4>
      <ul className="flex flex-col gap-2">
        {items.map((a) => (
          <AmendmentItem key={a.id} amendment={a} />
        ))}
      </ul>
    </div>
  );
}

async function AmendmentItem({ amendment }: { amendment: EvaluationView['amendments'][number] }) {
  const t = await getTranslations('evaluation');
  return (
    <li>
      <p className="text-xs text-gray-600">{t('amendmentBy', { name: amendment.authorName, date: formatDateTime(amendment.createdAt) })}</p>
      <p className="whitespace-pre-line">{amendment.text}</p>
    </li>
  );
}

/** The submitted evaluation: the frozen answers as submitted, each with its later amendments below. */
export async function SubmittedEvaluation({ evaluation, questions, captures }: { evaluation: EvaluationView; questions: QuestionView[]; captures: CaptureView[] | null }) {
  const t = await getTranslations('evaluation');
  const general = evaluation.amendments.filter((a) => a.questionKey === null);
  return (
    <div className="flex flex-col gap-6">
      <p className="rounded-md border-l-4 border-brand-600 bg-brand-50 p-3 font-semibold text-brand-800" data-testid="evaluation-status">
        {evaluation.submittedAt ? t('submittedBy', { date: formatDate(evaluation.submittedAt) }) : t('statusSubmitted')}
      </p>
      {questions.map((question) => {
        const answers = evaluation.answers.filter((a) => a.questionKey === question.key);
        const aside = capturesFor(question.key, captures);
        return (
          <section key={question.key} aria-labelledby={`question-${question.key}`} className="break-inside-avoid rounded-lg border border-brand-100 bg-white p-5">
            <div className={aside !== undefined ? 'grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_17rem]' : ''}>
              <div className="min-w-0">
                <h3 id={`question-${question.key}`} className="text-lg font-bold text-brand-800">
                  {t('question', { number: question.number })}
                </h3>
                <p className="text-gray-800 wrap-anywhere">{question.text}</p>
                {question.parts.length > 0 ? (
                  <dl className="mt-3 flex flex-col gap-2">
                    {question.parts.map((part) => {
                      const answer = answers.find((a) => a.partKey === part.key);
                      return (
                        <div key={part.key}>
                          <dt className="font-semibold">{question.key === 'stressActions' || question.key === 'trustBehaviours' ? t(`partLabel.${question.key}`, { label: part.label }) : part.label}</dt>
                          <dd className="whitespace-pre-line">{answer?.text ?? <span className="text-gray-600">{t('noAnswer')}</span>}</dd>
                        </div>
                      );
                    })}
                  </dl>
                ) : (
                  <p className="mt-3 whitespace-pre-line">{answers[0]?.text ?? <span className="text-gray-600">{t('noAnswer')}</span>}</p>
                )}
                <Amendments items={evaluation.amendments.filter((a) => a.questionKey === question.key)} title={t('amendmentsTitle')} />
              </div>
              {aside !== undefined ? <CapturesAside title={question.key === 'stressActions' ? t('capturesStress') : t('capturesObservations')} captures={aside} /> : null}
            </div>
          </section>
        );
      })}
      {general.length > 0 ? (
        <section aria-labelledby="general-amendments" className="rounded-lg border border-brand-100 bg-white p-5">
          <h3 id="general-amendments" className="text-lg font-bold text-brand-800">
            {t('generalAmendments')}
          </h3>
          <Amendments items={general} title={t('amendmentsTitle')} />
        </section>
      ) : null}
    </div>
  );
}
