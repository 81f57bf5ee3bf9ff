import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/admin/back-link';
import { SchoolForm } from '@/components/admin/school-form';
import { PageHeader } from '@/components/ui/page-header';
import { getSchool } from '@/lib/admin/schools/queries';
import { requireUser } from '@/lib/auth/current-user';
import { authorize } from '@/lib/auth/policy';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.schools');
  return { title: t('editTitle') };
}

export default async function EditSchoolPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  authorize(user, 'write', { kind: 'administration' });
  const { id } = await params;
  const school = await getSchool(user, id);
  if (!school) notFound();
  const t = await getTranslations('admin.schools');
  return (
    <>
      <BackLink href="/beheer/scholen" label={t('backToList')} />
      <PageHeader title={t('editHeading', { name: school.name })} />
      <SchoolForm school={school} />
    </>
  );
}
