import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { answersHref } from '@/lib/answers/href';
import type { AnswersFilter } from '@/lib/answers/schema';

const link = 'inline-flex min-h-11 items-center rounded-md border border-brand-600 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50';

export async function AnswersPagination({ filter, page, pageCount }: { filter: AnswersFilter; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations('answers');
  return (
    <nav aria-label={t('pagination')} className="no-print mt-8 flex flex-wrap items-center gap-3">
      {page > 1 ? (
        <Link href={answersHref({ ...filter, page: page - 1 })} className={link} rel="prev">
          {t('previous')}
        </Link>
      ) : null}
      <p>{t('pageOf', { page, pageCount })}</p>
      {page < pageCount ? (
        <Link href={answersHref({ ...filter, page: page + 1 })} className={link} rel="next">
          {t('next')}
        </Link>
      ) : null}
    </nav>
  );
}
