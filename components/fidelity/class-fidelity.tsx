import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { DataTable } from '@/components/ui/data-table';
import type { ClassFidelity } from '@/lib/fidelity/queries';
import type { ActivityFidelity } from '@/lib/fidelity/summarise';
import { formatDate } from '@/lib/format/dates';
import { getLesson } from '@/lib/programme';

/** One class, per held lesson and activity: the plan beside what happened. */
export async function ClassFidelitySection({ data }: { data: ClassFidelity }) {
  const t = await getTranslations('fidelity');
  const outcome = (a: ActivityFidelity) => (a.outcome ? t(`outcome.${a.outcome}`) : a.included ? t('notRecorded') : t('notIncluded'));
  const minutes = (value: number | null) => (value === null ? t('none') : value);
  return (
    <div className="flex flex-col gap-6" data-testid="class-fidelity">
      <h3 className="text-lg font-bold text-brand-800">{t('classHeading', { className: data.name, school: data.schoolName, year: data.schoolYear })}</h3>
      {data.lessons.length === 0 ? <Alert>{t('classNoLessons')}</Alert> : null}
      {data.lessons.map((lesson) => (
        <section key={lesson.lessonNumber} aria-labelledby={`lesson-${lesson.lessonNumber}-title`} className="break-inside-avoid">
          <h4 id={`lesson-${lesson.lessonNumber}-title`} className="font-bold">
            {t('lessonHeading', { lesson: lesson.lessonNumber, title: getLesson(lesson.lessonNumber)?.title ?? '' })}
          </h4>
          <p className="mb-2 text-sm text-gray-700">{lesson.heldOn ? t('heldOn', { date: formatDate(lesson.heldOn) }) : t('notHeld')}</p>
          <DataTable
            id={`class-lesson-${lesson.lessonNumber}`}
            caption={t('lessonCaption', { lesson: lesson.lessonNumber, className: data.name })}
            columns={[t('activityColumn'), t('plannedColumn'), t('outcomeColumn'), t('actualColumn')]}
            textColumns={[1]}
            longRowNames
            rows={lesson.activities.map((a) => ({
              key: String(a.number),
              header: t('activityRow', { number: a.number, title: a.title }),
              cells: [minutes(a.plannedMinutes), outcome(a), minutes(a.actualMinutes)],
            }))}
            footer={{
              key: 'total',
              header: t('total'),
              cells: [
                lesson.plannedMinutes,
                t('outcomeTotals', { asPlanned: lesson.outcomes.AS_PLANNED, adapted: lesson.outcomes.ADAPTED, skipped: lesson.outcomes.SKIPPED }),
                lesson.actualMinutes,
              ],
            }}
          />
        </section>
      ))}
    </div>
  );
}
