import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { AnswerCell } from '@/lib/answers/queries';
import { formatDate } from '@/lib/format/dates';

/** One class's lesson: its answer to the question (all parts), the amendments under it, or why there is none. */
export async function AnswerCellContent({ cell, classId, className }: { cell: AnswerCell; classId: string; className: string }) {
  const t = await getTranslations('answers');
  if (cell.state === 'notEvaluated') return <p className="text-gray-600 italic">{t('notEvaluated')}</p>;
  if (cell.state === 'filteredOut') return <p className="text-gray-600 italic">{t('filteredOut')}</p>;
  const [only] = cell.parts;
  const openQuestion = cell.parts.length === 1 && only?.label === null;
  return (
    <div className="flex flex-col gap-2">
      {cell.heldOn ? <p className="text-xs text-gray-600">{t('heldOn', { date: formatDate(cell.heldOn) })}</p> : null}
      {openQuestion ? (
        <p className="whitespace-pre-line">{only?.text ?? <span className="text-gray-600 italic">{t('emptyPart')}</span>}</p>
      ) : (
        <dl className="flex flex-col gap-2">
          {cell.parts.map((part) => (
            <div key={part.key}>
              <dt className="text-xs font-semibold tracking-wide text-brand-800 uppercase">{part.label}</dt>
              <dd className="whitespace-pre-line">{part.text ?? <span className="text-gray-600 italic">{t('emptyPart')}</span>}</dd>
            </div>
          ))}
        </dl>
      )}
      {cell.amendments.length > 0 ? (
        <div className="border-l-4 border-amber-500 bg-amber-50 py-1 pl-2">
          <p className="text-xs font-semibold text-amber-900">{t('amendments')}</p>
          <ul className="mt-1 flex flex-col gap-2">
            {cell.amendments.map((amendment) => (
              <li key={amendment.id}>
                <p className="text-xs text-gray-700">
                  {t('amendmentMeta', { date: formatDate(amendment.createdAt), role: t(`roles.${amendment.authorRole}`) })}
                  {amendment.general ? ` · ${t('generalAmendment')}` : null}
                </p>
                <p className="whitespace-pre-line">{amendment.text}</p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Link href={`/klassen/${classId}/les/${cell.lessonNumber}/evaluatie`} className="no-print text-sm font-semibold text-brand-800 underline">
        {t('openEvaluation')}
        <span className="sr-only"> {t('openEvaluationOf', { className, number: cell.lessonNumber })}</span>
      </Link>
    </div>
  );
}
