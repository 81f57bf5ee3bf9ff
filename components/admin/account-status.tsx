import { getTranslations } from 'next-intl/server';
import type { AccountStatus } from '@/lib/admin/accounts/queries';

const styles: Record<AccountStatus, string> = {
  active: 'bg-brand-50 text-brand-800 border-brand-600',
  invited: 'bg-amber-50 text-amber-900 border-amber-600',
  inactive: 'bg-gray-100 text-gray-800 border-gray-500',
};

/** The account's state in words (not colour alone). */
export async function AccountStatusBadge({ status }: { status: AccountStatus }) {
  const t = await getTranslations('admin.accounts.status');
  return <span className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm font-medium ${styles[status]}`}>{t(status)}</span>;
}
