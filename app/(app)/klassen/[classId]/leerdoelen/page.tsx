import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PlanStatusBadge } from '@/components/goals/plan-status-badge';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { goalsOverview } from '@/lib/learning-goals/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('goals');
  return { title: t('title') };
}

export default async function GoalsPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireUser();
  const goals = await goalsOverview(user, classId);
  if (!goals) notFound();
  const t = await getTranslations('goals');
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      {goals.length ? (
        <ul className="grid gap-4 md:grid-cols-2">
          {goals.map((item) => (
            <li key={item.pupil.id} className="flex flex-col gap-2 rounded-lg border border-brand-100 bg-white p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2 className="text-xl font-bold text-brand-800">{item.pupil.alias}</h2>
                <PlanStatusBadge status={item.planStatus} />
              </div>
              <p>{item.goal ?? <span className="text-gray-700">{t('list.noGoal')}</span>}</p>
              <p className="text-sm text-gray-700">
                {item.talents.length ? t('list.talents', { talents: item.talents.join(', ') }) : t('list.noTalents')}
              </p>
              <p className="text-sm text-gray-700">
                {t('list.review', { done: item.hasReview ? 'yes' : 'no' })} · {t('list.growth', { done: item.hasGrowth ? 'yes' : 'no' })}
              </p>
              <Link href={`/klassen/${classId}/leerdoelen/${item.pupil.id}`} className="font-semibold text-brand-800 underline underline-offset-2">
                {t('list.open', { alias: item.pupil.alias })}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-gray-700">{t('list.empty')}</p>
      )}
    </>
  );
}
