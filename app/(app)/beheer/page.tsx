import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DashboardCard } from '@/components/admin/dashboard-card';
import { PageHeader } from '@/components/ui/page-header';
import { adminCounts } from '@/lib/admin/dashboard/queries';
import { requireUser } from '@/lib/auth/current-user';
import { authorize } from '@/lib/auth/policy';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.dashboard');
  return { title: t('title') };
}

export default async function AdminDashboardPage() {
  const user = await requireUser();
  authorize(user, 'read', { kind: 'administration' });
  const t = await getTranslations('admin.dashboard');
  const counts = await adminCounts(user);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro', { name: user.name })} />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <DashboardCard href="/beheer/scholen" title={t('schools.title')} summary={t('schools.summary', { count: counts.schools })} text={t('schools.text')} />
        <DashboardCard href="/beheer/klassen" title={t('classes.title')} summary={t('classes.summary', { count: counts.classes })} text={t('classes.text')} />
        <DashboardCard
          href="/beheer/accounts"
          title={t('accounts.title')}
          summary={t('accounts.summary', { active: counts.activeAccounts, pending: counts.pendingAccounts })}
          text={t('accounts.text')}
        />
        <DashboardCard href="/beheer/lidmaatschappen" title={t('memberships.title')} summary={t('memberships.summary', { count: counts.memberships })} text={t('memberships.text')} />
        <DashboardCard href="/beheer/leerlingen" title={t('pupils.title')} summary={t('pupils.summary', { count: counts.activePupils })} text={t('pupils.text')} />
        <DashboardCard href="/beheer/materialen" title={t('materials.title')} text={t('materials.text')} />
        <DashboardCard href="/beheer/auditlog" title={t('auditLog.title')} text={t('auditLog.text')} />
      </ul>
    </>
  );
}
