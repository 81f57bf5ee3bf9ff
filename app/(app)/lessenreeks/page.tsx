import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LessonList } from '@/components/programme/lesson-list';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { getProgrammeOverview } from '@/lib/programme/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('programme.overview');
  return { title: t('title') };
}

export default async function ProgrammePage() {
  const user = await requireUser();
  const programme = await getProgrammeOverview(user);
  if (!programme) notFound();
  const t = await getTranslations('programme.overview');
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro', { title: programme.title })} />
      <LessonList lessons={programme.lessons} budgetMinutes={programme.budgetMinutes} />
      <p className="mt-6 text-sm text-gray-700">{t('version', { version: programme.version })}</p>
    </>
  );
}
