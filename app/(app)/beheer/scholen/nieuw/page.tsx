import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/admin/back-link';
import { SchoolForm } from '@/components/admin/school-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { authorize } from '@/lib/auth/policy';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.schools');
  return { title: t('newTitle') };
}

export default async function NewSchoolPage() {
  const user = await requireUser();
  authorize(user, 'write', { kind: 'administration' });
  const t = await getTranslations('admin.schools');
  return (
    <>
      <BackLink href="/beheer/scholen" label={t('backToList')} />
      <PageHeader title={t('newTitle')} />
      <SchoolForm />
    </>
  );
}
