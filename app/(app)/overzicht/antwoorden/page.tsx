import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AnswersFilterForm } from '@/components/answers/answers-filter-form';
import { AnswersPagination } from '@/components/answers/answers-pagination';
import { SchoolAnswersTable } from '@/components/answers/school-answers-table';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { groupBySchool } from '@/lib/answers/grid';
import { getAnswersSideBySide } from '@/lib/answers/queries';
import { answersFilterSchema } from '@/lib/answers/schema';
import { requireUser } from '@/lib/auth/current-user';
import { programme } from '@/lib/programme';
import { hasEvaluationForm } from '@/lib/programme/lesson-extras';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('answers');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The coordinator reads one evaluation question's answers across classes and lessons, read-only. */
export default async function AnswersPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const filter = answersFilterSchema.parse(await searchParams);
  const data = await getAnswersSideBySide(user, filter);
  if (!data) notFound();
  const t = await getTranslations('answers');
  const narrowed = Boolean(filter.q || filter.from || filter.to);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <AnswersFilterForm filter={filter} questions={data.questions} schools={data.schools} lessons={programme.lessons.map((l) => l.number).filter(hasEvaluationForm)} />

      <section aria-labelledby="question-title" className="mb-6">
        <h2 id="question-title" className="text-lg font-bold text-brand-800">
          {t('questionHeading', { number: data.question.number })}
        </h2>
        <p className="mt-1 max-w-3xl">{data.question.text}</p>
        <p className="mt-2 text-sm text-gray-700" data-testid="answers-summary">
          {t('summary', { classes: data.classCount, evaluations: data.evaluationCount })}
          {filter.q ? ` · ${t('searchSummary', { q: filter.q })}` : null}
        </p>
        {data.lessons.length > 1 && data.rows.length > 0 ? <p className="no-print mt-1 text-sm text-gray-700">{t('scrollHint')}</p> : null}
      </section>

      {filter.lesson && !hasEvaluationForm(filter.lesson) ? <Alert>{t('noForm', { number: filter.lesson })}</Alert> : null}
      {data.rows.length === 0 ? <Alert>{narrowed ? t('noResults') : t('noClasses')}</Alert> : null}
      <div className="flex flex-col gap-8">
        {groupBySchool(data.rows).map(({ school, rows }) => (
          <SchoolAnswersTable key={school.id} school={school} rows={rows} lessons={data.lessons} questionNumber={data.question.number} />
        ))}
      </div>
      <AnswersPagination filter={filter} page={data.page} pageCount={data.pageCount} />
    </>
  );
}
