import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { AccountRow } from '@/lib/admin/accounts/queries';
import { AccountStatusBadge } from './account-status';
import { TableFrame } from './table-frame';

const linkClass = 'font-semibold text-brand-800 underline underline-offset-2 hover:no-underline';

/**
 * Every account with role, state and classes (or a coordinator's schools): a table on wider
 * screens, a list of cards on a phone, where four columns do not fit.
 */
export async function AccountList({ accounts }: { accounts: AccountRow[] }) {
  const t = await getTranslations('admin.accounts');
  const tRoles = await getTranslations('auth.roles');

  const scope = (account: AccountRow) => {
    if (account.role === 'COORDINATOR') return account.coordinatorSchools === null ? t('allSchools') : account.coordinatorSchools.join(', ') || '—';
    if (account.classes.length === 0) return account.role === 'ADMIN' ? '—' : t('noClasses');
    return account.classes.map((c) => `${c.name} (${c.schoolName})`).join(', ');
  };

  return (
    <>
      <ul className="grid gap-3 sm:hidden">
        {accounts.map((account) => (
          <li key={account.id} className="rounded-lg border border-brand-100 bg-white p-4">
            <Link href={`/beheer/accounts/${account.id}`} className={linkClass}>
              {account.name}
            </Link>
            <p className="break-all text-sm text-gray-700">{account.email}</p>
            <p className="mt-2 flex flex-wrap items-center gap-2">
              {tRoles(account.role)} <AccountStatusBadge status={account.status} />
            </p>
            <p className="mt-1 text-sm">{scope(account)}</p>
          </li>
        ))}
      </ul>
      <div className="hidden sm:block">
        <TableFrame label={t('title')}>
          <table className="w-full text-left">
            <caption className="sr-only">{t('title')}</caption>
            <thead className="bg-brand-50 text-sm">
              <tr>
                <th scope="col" className="px-4 py-2">{t('name')}</th>
                <th scope="col" className="px-4 py-2">{t('role')}</th>
                <th scope="col" className="px-4 py-2">{t('statusHeading')}</th>
                <th scope="col" className="px-4 py-2">{t('classesOrSchools')}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <tr key={account.id} className="border-t border-gray-100 align-top">
                  <th scope="row" className="px-4 py-2 font-normal">
                    <Link href={`/beheer/accounts/${account.id}`} className={linkClass}>
                      {account.name}
                    </Link>
                    <span className="block break-all text-sm text-gray-700">{account.email}</span>
                  </th>
                  <td className="px-4 py-2">{tRoles(account.role)}</td>
                  <td className="px-4 py-2">
                    <AccountStatusBadge status={account.status} />
                  </td>
                  <td className="px-4 py-2 text-sm">{scope(account)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      </div>
    </>
  );
}
