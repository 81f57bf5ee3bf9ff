import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/admin/back-link';
import { ClassForm } from '@/components/admin/class-form';
import { PageHeader } from '@/components/ui/page-header';
import { getClass } from '@/lib/admin/classes/queries';
import { currentSchoolYear } from '@/lib/admin/classes/schema';
import { listSchoolOptions } from '@/lib/admin/schools/queries';
import { requireUser } from '@/lib/auth/current-user';
import { authorize } from '@/lib/auth/policy';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.classes');
  return { title: t('editTitle') };
}

export default async function EditClassPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  authorize(user, 'write', { kind: 'administration' });
  const { id } = await params;
  const [schoolClass, schools] = await Promise.all([getClass(user, id), listSchoolOptions(user)]);
  if (!schoolClass) notFound();
  const t = await getTranslations('admin.classes');
  return (
    <>
      <BackLink href="/beheer/klassen" label={t('backToList')} />
      <PageHeader title={t('editHeading', { name: schoolClass.name })} />
      <ClassForm schools={schools} defaultSchoolYear={currentSchoolYear()} schoolClass={{ ...schoolClass, ageRange: schoolClass.ageRange ?? '' }} />
    </>
  );
}
