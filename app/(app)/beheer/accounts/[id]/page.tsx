import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AccountActivation } from '@/components/admin/account-activation';
import { AccountForm } from '@/components/admin/account-form';
import { AccountStatusBadge } from '@/components/admin/account-status';
import { BackLink } from '@/components/admin/back-link';
import { NewLinkButton } from '@/components/admin/new-link-button';
import { PageHeader } from '@/components/ui/page-header';
import { getAccount } from '@/lib/admin/accounts/queries';
import { listSchoolOptions } from '@/lib/admin/schools/queries';
import { requireUser } from '@/lib/auth/current-user';
import { authorize } from '@/lib/auth/policy';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.accounts');
  return { title: t('editTitle') };
}

const sectionClass = 'rounded-lg border border-brand-100 bg-white p-5';

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  authorize(user, 'write', { kind: 'administration' });
  const { id } = await params;
  const [account, schools] = await Promise.all([getAccount(user, id), listSchoolOptions(user)]);
  if (!account) notFound();
  const t = await getTranslations('admin.accounts');
  const tRoles = await getTranslations('auth.roles');
  const format = await getFormatter();

  return (
    <>
      <BackLink href="/beheer/accounts" label={t('backToList')} />
      <PageHeader
        title={account.name}
        intro={
          <>
            {account.email} · {tRoles(account.role)} · <AccountStatusBadge status={account.status} />
          </>
        }
      />
      <div className="grid gap-6">
        <section aria-labelledby="account-details" className={sectionClass}>
          <h2 id="account-details" className="mb-4 text-xl font-bold text-brand-800">
            {t('detailsHeading')}
          </h2>
          <AccountForm
            account={{ id: account.id, name: account.name, role: account.role, coordinatorScope: account.coordinatorScope, schoolIds: account.schoolIds }}
            schools={schools}
            isSelf={account.isSelf}
          />
        </section>

        <section aria-labelledby="account-link" className={sectionClass}>
          <h2 id="account-link" className="text-xl font-bold text-brand-800">
            {t('linkHeading')}
          </h2>
          <p className="mt-1 max-w-3xl text-gray-700">{account.status === 'invited' ? t('linkIntroInvited') : t('linkIntro')}</p>
          {account.openLinkExpiresAt ? (
            <p className="mt-1 text-sm text-gray-700">{t('openLinkUntil', { date: format.dateTime(account.openLinkExpiresAt, { dateStyle: 'long', timeStyle: 'short' }) })}</p>
          ) : null}
          <div className="mt-4">{account.status === 'inactive' ? <p>{t('linkInactive')}</p> : <NewLinkButton accountId={account.id} />}</div>
        </section>

        <section aria-labelledby="account-activation" className={sectionClass}>
          <h2 id="account-activation" className="text-xl font-bold text-brand-800">
            {account.status === 'inactive' ? t('activation.reactivateHeading') : t('activation.deactivateHeading')}
          </h2>
          <p className="mt-1 max-w-3xl text-gray-700">{account.status === 'inactive' ? t('activation.reactivateIntro') : t('activation.deactivateIntro')}</p>
          <div className="mt-4">
            {account.isSelf ? <p>{t('activation.self')}</p> : <AccountActivation accountId={account.id} name={account.name} active={account.status !== 'inactive'} />}
          </div>
        </section>
      </div>
    </>
  );
}
