import { getTranslations } from 'next-intl/server';
import type { AnswerRow } from '@/lib/answers/queries';
import type { SchoolRef } from '@/lib/answers/grid';
import { AnswerCellContent } from './answer-cell';

/**
 * One school's classes × lessons. Wide by nature (a column of text per lesson): the table scrolls
 * sideways inside a focusable region (so the keyboard can scroll it too) while the class column
 * stays in view, also on a 360 px phone. The region is `relative` so the screen-reader-only text
 * in cells (absolutely positioned) scrolls and clips with the table instead of widening the page.
 */
export async function SchoolAnswersTable({ school, rows, lessons, questionNumber }: { school: SchoolRef; rows: AnswerRow[]; lessons: number[]; questionNumber: number }) {
  const t = await getTranslations('answers');
  const headingId = `school-${school.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="text-xl font-bold text-brand-800">
        {school.name} <span className="text-base font-normal text-gray-700">· {school.kind} · {school.city}</span>
      </h2>
      <div
        role="region"
        aria-label={t('scrollRegion', { school: school.name })}
        tabIndex={0}
        className="relative mt-2 overflow-x-auto rounded-lg border border-brand-100 bg-white focus:outline-3 focus:outline-offset-2 focus:outline-brand-600 print:overflow-visible"
      >
        <table className="border-separate border-spacing-0 text-left text-sm">
          <caption className="sr-only">{t('caption', { number: questionNumber, school: school.name })}</caption>
          <thead>
            <tr>
              <th scope="col" className="sticky left-0 z-10 border-b border-brand-100 bg-brand-50 px-3 py-2">
                <div className="w-16 sm:w-28">{t('classColumn')}</div>
              </th>
              {lessons.map((number) => (
                <th key={number} scope="col" className="border-b border-brand-100 bg-brand-50 px-3 py-2 whitespace-nowrap">
                  {t('lessonColumn', { number })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.classId} className="align-top">
                <th scope="row" className="sticky left-0 z-10 border-t border-r border-gray-200 bg-white px-3 py-3 font-semibold">
                  <div className="w-16 break-words sm:w-28">
                    {row.className}
                    <span className="block text-xs font-normal text-gray-600">{row.schoolYear}</span>
                  </div>
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.lessonNumber} className="border-t border-gray-200 px-3 py-3">
                    <div className="w-52 sm:w-56">
                      <AnswerCellContent cell={cell} classId={row.classId} className={row.className} />
                    </div>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
