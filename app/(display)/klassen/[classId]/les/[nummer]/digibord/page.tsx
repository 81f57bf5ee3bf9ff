import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DisplayView } from '@/components/run/display-view';
import { requireUser } from '@/lib/auth/current-user';
import { getDisplayPage } from '@/lib/run/queries';

type Params = Promise<{ classId: string; nummer: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations('run');
  return { title: t('displayTitle', { number: Number((await params).nummer) || 0 }) };
}

/** The digibord: the current activity and its clock in large type, following run mode live. */
export default async function DisplayPage({ params }: { params: Params }) {
  const { classId, nummer } = await params;
  const user = await requireUser();
  const page = await getDisplayPage(user, classId, Number(nummer));
  if (!page) notFound();
  return <DisplayView data={page} userId={user.id} />;
}
