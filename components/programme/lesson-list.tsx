import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { LessonSummary } from '@/lib/programme/queries';
import { Tag } from './tag';
import { useTimingText } from './use-timing-text';

/** The eight lessons at a glance: number, title, theme, activities and time. */
export function LessonList({ lessons, budgetMinutes }: { lessons: LessonSummary[]; budgetMinutes: number }) {
  const t = useTranslations('programme.overview');
  const timingText = useTimingText();
  return (
    <ol className="grid gap-4 md:grid-cols-2">
      {lessons.map((lesson) => (
        <li key={lesson.number} className="flex flex-col rounded-lg border border-brand-100 bg-white p-5 break-inside-avoid">
          <h2 className="flex flex-wrap items-center gap-2 text-xl font-bold text-brand-800">
            <Link href={`/lessenreeks/${lesson.number}`} className="underline-offset-2 hover:underline">
              {t('lessonHeading', { number: lesson.number, title: lesson.title })}
            </Link>
            {lesson.optional ? <Tag tone="accent">{t('optional')}</Tag> : null}
          </h2>
          <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t('theme')}</dt>
            <dd>{lesson.theme}</dd>
            <dt className="font-semibold">{t('activities')}</dt>
            <dd>{t('activityCount', { count: lesson.activityCount })}</dd>
            <dt className="font-semibold">{t('time')}</dt>
            <dd>{timingText(lesson.timing, budgetMinutes)}</dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}
