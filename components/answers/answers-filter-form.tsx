import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { FilterSelect, schoolKindOptions } from '@/components/ui/filter-select';
import { answersHref } from '@/lib/answers/href';
import type { AnswersFilter } from '@/lib/answers/schema';

// w-full and min-w-0: a long option (the questions) must not widen the page on a phone.
const control = 'min-h-11 w-full min-w-0 rounded-md border border-gray-400 bg-white px-3 py-2';

/** The filters as a plain GET form: works without JavaScript and gives every view its own address. */
export async function AnswersFilterForm({
  filter,
  questions,
  schools,
  lessons,
}: {
  filter: AnswersFilter;
  questions: { number: number; key: string }[];
  schools: { id: string; name: string }[];
  lessons: number[];
}) {
  const t = await getTranslations('answers');
  return (
    <form method="get" aria-label={t('filters')} className="no-print mb-6 grid gap-3 rounded-lg border border-brand-100 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6">
      <FilterSelect
        id="filter-question"
        name="question"
        label={t('question')}
        value={filter.question}
        options={questions.map((q) => ({ value: q.key, label: t(`questions.${q.key}`) }))}
        className="flex min-w-0 flex-col gap-1 sm:col-span-2 lg:col-span-3"
        selectClassName={control}
      />
      <div className="flex min-w-0 flex-col gap-1 sm:col-span-2 lg:col-span-3">
        <label htmlFor="filter-q" className="font-semibold">
          {t('search')}
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={filter.q ?? ''} maxLength={200} aria-describedby="filter-q-hint" className={control} />
        <p id="filter-q-hint" className="text-xs text-gray-700">
          {t('searchHint')}
        </p>
      </div>
      <FilterSelect
        id="filter-school"
        name="school"
        label={t('school')}
        value={filter.school}
        allLabel={t('allSchools')}
        options={schools.map((s) => ({ value: s.id, label: s.name }))}
        className="flex min-w-0 flex-col gap-1"
        selectClassName={control}
      />
      <FilterSelect id="filter-kind" name="kind" label={t('kind')} value={filter.kind} allLabel={t('allKinds')} options={schoolKindOptions} className="flex min-w-0 flex-col gap-1" selectClassName={control} />
      <FilterSelect
        id="filter-lesson"
        name="lesson"
        label={t('lesson')}
        value={filter.lesson}
        allLabel={t('allLessons')}
        options={lessons.map((number) => ({ value: number, label: t('lessonOption', { number }) }))}
        className="flex min-w-0 flex-col gap-1 sm:col-span-2 lg:col-span-1"
        selectClassName={control}
      />
      <fieldset className="grid min-w-0 gap-3 sm:col-span-2 sm:grid-cols-2 lg:col-span-3">
        <legend className="sr-only">{t('period')}</legend>
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="filter-from" className="font-semibold">
            {t('from')}
          </label>
          <input id="filter-from" name="from" type="date" defaultValue={filter.from ?? ''} className={control} />
        </div>
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="filter-to" className="font-semibold">
            {t('to')}
          </label>
          <input id="filter-to" name="to" type="date" defaultValue={filter.to ?? ''} className={control} />
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-6">
        <button type="submit" className="min-h-11 rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {t('apply')}
        </button>
        <Link href={answersHref({ question: filter.question })} className="min-h-11 px-2 py-2 font-semibold text-brand-800 underline">
          {t('reset')}
        </Link>
      </div>
    </form>
  );
}
