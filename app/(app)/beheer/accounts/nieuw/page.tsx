import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/admin/back-link';
import { InviteAccountForm } from '@/components/admin/invite-account-form';
import { PageHeader } from '@/components/ui/page-header';
import { listSchoolOptions } from '@/lib/admin/schools/queries';
import { requireUser } from '@/lib/auth/current-user';
import { authorize } from '@/lib/auth/policy';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.accounts');
  return { title: t('newTitle') };
}

export default async function NewAccountPage() {
  const user = await requireUser();
  authorize(user, 'write', { kind: 'administration' });
  const t = await getTranslations('admin.accounts');
  const schools = await listSchoolOptions(user);
  return (
    <>
      <BackLink href="/beheer/accounts" label={t('backToList')} />
      <PageHeader title={t('newTitle')} intro={t('newIntro')} />
      <InviteAccountForm schools={schools} />
    </>
  );
}
