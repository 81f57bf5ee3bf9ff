import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { PageHeader } from '@/components/ui/page-header';
import type { LessonDetail } from '@/lib/programme/queries';
import { ActivityItem } from './activity-item';
import { EvaluationOutline } from './evaluation-outline';
import { HomeworkRuleView } from './homework-rule';
import { LessonExtras } from './lesson-extras';
import { LessonSection } from './lesson-section';
import { MaterialList } from './material-list';
import { PrintButton } from './print-button';
import { RichText } from './rich-text';
import { Tag } from './tag';
import { useTimingText } from './use-timing-text';

const sectionIds = ['thema', 'toelichting', 'voorbereiding', 'uitvoering', 'evaluatie', 'werkmaterialen'] as const;
const sectionKeys = ['theme', 'rationale', 'preparation', 'activities', 'evaluation', 'materials'] as const;

const linkClass = 'font-medium text-brand-800 underline underline-offset-2 hover:text-brand-600';

/** A whole lesson as the source describes it, sections A–F, readable on screen and on paper. */
export function LessonView({ lesson }: { lesson: LessonDetail }) {
  const t = useTranslations('programme.lesson');
  const tHomework = useTranslations('programme.homework');
  const tEvaluation = useTranslations('programme.evaluation');
  const timingText = useTimingText();
  const section = (i: number) => ({ id: sectionIds[i]!, title: t(`sections.${sectionKeys[i]!}`) });

  return (
    <div className="print:text-[11pt] print:leading-snug">
      <PageHeader
        title={t('title', { number: lesson.number, title: lesson.title })}
        intro={
          <span className="flex flex-wrap items-center gap-2">
            {lesson.optional ? <Tag tone="accent">{t('optional')}</Tag> : null}
            <span>{t('time', { timing: timingText(lesson.timing, lesson.budgetMinutes) })}</span>
          </span>
        }
        actions={
          <>
            <PrintButton label={t('print')} />
            <Link href="/lessenreeks" className="inline-flex min-h-11 items-center rounded-md px-4 py-2 font-semibold text-brand-800 underline-offset-2 hover:underline">
              {t('backToOverview')}
            </Link>
          </>
        }
      />

      <nav aria-label={t('onThisPage')} className="no-print mb-6">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {sectionIds.map((id, i) => (
            <li key={id}>
              <a href={`#${id}`} className={linkClass}>
                {section(i).title}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <div className="flex flex-col gap-8 print:gap-4">
        <LessonSection {...section(0)}>
          <RichText text={lesson.theme} className="text-lg" />
        </LessonSection>
        <LessonSection {...section(1)}>
          <RichText text={lesson.rationale} />
        </LessonSection>
        <LessonSection {...section(2)}>
          <RichText text={lesson.preparation} />
        </LessonSection>
        <LessonSection {...section(3)}>
          <div className="flex flex-col gap-4">
            <LessonExtras lesson={lesson} />
            <p>{t('activitiesIntro', { count: lesson.activities.length })}</p>
            <ol aria-label={section(3).title} className="flex flex-col gap-4">
              {lesson.activities.map((activity) => (
                <li key={activity.number}>
                  <ActivityItem activity={activity} hideText={lesson.trustDefinition} />
                </li>
              ))}
            </ol>
            {lesson.homework ? <HomeworkRuleView rule={lesson.homework} /> : <p>{tHomework('none')}</p>}
          </div>
        </LessonSection>
        <LessonSection {...section(4)}>
          {lesson.evaluation ? <EvaluationOutline evaluation={lesson.evaluation} /> : <p>{tEvaluation('none')}</p>}
        </LessonSection>
        <LessonSection {...section(5)}>
          <MaterialList materials={lesson.materials} />
        </LessonSection>
      </div>

      {lesson.previous || lesson.next ? (
        <nav aria-label={t('lessonNavigation')} className="no-print mt-10 flex flex-wrap justify-between gap-4 border-t border-brand-100 pt-6">
          {lesson.previous ? (
            <Link href={`/lessenreeks/${lesson.previous.number}`} className={linkClass}>
              {t('previous', lesson.previous)}
            </Link>
          ) : (
            <span />
          )}
          {lesson.next ? (
            <Link href={`/lessenreeks/${lesson.next.number}`} className={linkClass}>
              {t('next', lesson.next)}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
