import { useTranslations } from 'next-intl';
import type { LessonDetail } from '@/lib/programme/queries';

/** Section E: the fixed evaluation form the pair fills in after the lesson, question by question. */
export function EvaluationOutline({ evaluation }: { evaluation: NonNullable<LessonDetail['evaluation']> }) {
  const t = useTranslations('programme.evaluation');
  return (
    <div className="flex max-w-prose flex-col gap-4">
      <p>{t('intro')}</p>
      <ol className="flex flex-col gap-4">
        {evaluation.questions.map((question) => (
          <li key={question.key} className="break-inside-avoid">
            <h3 className="font-semibold break-after-avoid">{t('question', { number: question.number })}</h3>
            <p>{question.text}</p>
            {question.parts.length > 0 ? (
              <ul className="mt-1 list-disc pl-6">
                {question.parts.map((part) => (
                  <li key={part.key}>{part.label}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      <div className="break-inside-avoid">
        <h3 className="font-semibold">{t('logbook')}</h3>
        <p>{evaluation.logbookPrompt}</p>
      </div>
      <div className="break-inside-avoid">
        <h3 className="font-semibold">{t('conversations')}</h3>
        <p>{evaluation.conversationsPrompt}</p>
      </div>
    </div>
  );
}
