import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AccountList } from '@/components/admin/account-list';
import { BackLink } from '@/components/admin/back-link';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { listAccounts } from '@/lib/admin/accounts/queries';
import { requireUser } from '@/lib/auth/current-user';
import { authorize } from '@/lib/auth/policy';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.accounts');
  return { title: t('title') };
}

export default async function AccountsPage() {
  const user = await requireUser();
  authorize(user, 'read', { kind: 'administration' });
  const t = await getTranslations('admin');
  const accounts = await listAccounts(user);
  return (
    <>
      <BackLink href="/beheer" label={t('backToAdmin')} />
      <PageHeader
        title={t('accounts.title')}
        intro={t('accounts.intro')}
        actions={
          <Link href="/beheer/accounts/nieuw" className={buttonClass('primary')}>
            {t('accounts.new')}
          </Link>
        }
      />
      <AccountList accounts={accounts} />
    </>
  );
}
