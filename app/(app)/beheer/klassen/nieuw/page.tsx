import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/admin/back-link';
import { ClassForm } from '@/components/admin/class-form';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { currentSchoolYear } from '@/lib/admin/classes/schema';
import { listSchoolOptions } from '@/lib/admin/schools/queries';
import { requireUser } from '@/lib/auth/current-user';
import { authorize } from '@/lib/auth/policy';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.classes');
  return { title: t('newTitle') };
}

export default async function NewClassPage() {
  const user = await requireUser();
  authorize(user, 'write', { kind: 'administration' });
  const t = await getTranslations('admin.classes');
  const schools = await listSchoolOptions(user);
  return (
    <>
      <BackLink href="/beheer/klassen" label={t('backToList')} />
      <PageHeader title={t('newTitle')} />
      {schools.length === 0 ? (
        <Alert tone="warning">
          {t('noSchools')}{' '}
          <Link href="/beheer/scholen/nieuw" className="font-semibold underline">
            {t('addSchoolFirst')}
          </Link>
        </Alert>
      ) : (
        <ClassForm schools={schools} defaultSchoolYear={currentSchoolYear()} />
      )}
    </>
  );
}
