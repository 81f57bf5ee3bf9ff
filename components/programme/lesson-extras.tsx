import { useTranslations } from 'next-intl';
import type { LessonDetail } from '@/lib/programme/queries';

const box = 'rounded-lg border-2 border-brand-600 bg-brand-50 p-5 break-inside-avoid print:rounded-none print:bg-transparent';

/** Lesson 7's definition of trust, lesson 5's TEPPC criteria and lesson 8's celebration items. */
export function LessonExtras({ lesson }: { lesson: LessonDetail }) {
  const t = useTranslations('programme.extras');
  return (
    <>
      {lesson.trustDefinition ? (
        <section aria-labelledby="vertrouwen-titel" className={box}>
          <h3 id="vertrouwen-titel" className="text-lg font-bold">
            {t('trustDefinition')}
          </h3>
          <p className="mt-2 max-w-prose text-lg">{lesson.trustDefinition}</p>
        </section>
      ) : null}
      {lesson.goalCriteria ? (
        <section aria-labelledby="teppc-titel" className={box}>
          <h3 id="teppc-titel" className="text-lg font-bold">
            {t('goalCriteria')}
          </h3>
          <p className="mt-1">{t('goalCriteriaIntro')}</p>
          <dl className="mt-3 grid gap-x-4 sm:grid-cols-[max-content_1fr] sm:gap-y-2">
            {lesson.goalCriteria.map((criterion) => (
              <div key={criterion.key} className="contents">
                <dt className="font-semibold">{criterion.label}</dt>
                <dd className="mb-2 sm:mb-0">{criterion.explanation}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {lesson.celebration ? (
        <section aria-labelledby="vieren-titel" className={box}>
          <h3 id="vieren-titel" className="text-lg font-bold">
            {t('celebration')}
          </h3>
          <p className="mt-1">{t('celebrationIntro')}</p>
          <dl className="mt-3 flex flex-col gap-2">
            {lesson.celebration.items.map((item) => (
              <div key={item.key}>
                <dt className="font-semibold">{item.label}</dt>
                <dd>{item.description}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </>
  );
}
