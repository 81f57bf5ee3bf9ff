import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AuditLogFilters } from '@/components/admin/audit-log-filters';
import { BackLink } from '@/components/admin/back-link';
import { TableFrame } from '@/components/admin/table-frame';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { listAuditFilterOptions, listAuditLog } from '@/lib/admin/audit-log/queries';
import { auditLogFilterSchema, type AuditLogFilters as Filters } from '@/lib/admin/audit-log/schema';
import { requireUser } from '@/lib/auth/current-user';
import { authorize } from '@/lib/auth/policy';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.auditLog');
  return { title: t('title') };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** The address of another page of the same filtered view. */
function pageHref(filters: Filters, position: { ouder?: string; nieuwer?: string }): string {
  const query = new URLSearchParams();
  for (const key of ['actie', 'gebruiker', 'klas', 'van', 'tot'] as const) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  if (position.ouder) query.set('ouder', position.ouder);
  if (position.nieuwer) query.set('nieuwer', position.nieuwer);
  const text = query.toString();
  return text ? `/beheer/auditlog?${text}` : '/beheer/auditlog';
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  authorize(user, 'read', { kind: 'auditLog' });
  const raw = await searchParams;
  const filters = auditLogFilterSchema.parse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])));
  const [page, options] = await Promise.all([listAuditLog(user, filters), listAuditFilterOptions(user)]);
  const t = await getTranslations('admin');
  const format = await getFormatter();

  return (
    <>
      <BackLink href="/beheer" label={t('backToAdmin')} />
      <PageHeader title={t('auditLog.title')} intro={t('auditLog.intro')} />
      <AuditLogFilters filters={filters} users={options.users} classes={options.classes} />
      {page.entries.length === 0 ? (
        <Alert>{t('auditLog.empty')}</Alert>
      ) : (
        <TableFrame label={t('auditLog.caption')}>
          <table className="w-full min-w-[56rem] text-left text-sm">
            <caption className="sr-only">{t('auditLog.caption')}</caption>
            <thead className="bg-brand-50">
              <tr>
                <th scope="col" className="px-3 py-2">{t('auditLog.at')}</th>
                <th scope="col" className="px-3 py-2">{t('auditLog.action')}</th>
                <th scope="col" className="px-3 py-2">{t('auditLog.user')}</th>
                <th scope="col" className="px-3 py-2">{t('auditLog.class')}</th>
                <th scope="col" className="px-3 py-2">{t('auditLog.subject')}</th>
                <th scope="col" className="px-3 py-2">{t('auditLog.details')}</th>
              </tr>
            </thead>
            <tbody>
              {page.entries.map((entry) => (
                <tr key={entry.id} className="border-t border-gray-100 align-top">
                  <th scope="row" className="whitespace-nowrap px-3 py-2 font-normal">
                    {format.dateTime(entry.at, { dateStyle: 'short', timeStyle: 'medium' })}
                  </th>
                  <td className="whitespace-nowrap px-3 py-2 font-mono">{entry.action}</td>
                  <td className="px-3 py-2">
                    {entry.user ? (
                      <>
                        {entry.user.name}
                        <span className="block break-all text-gray-700">{entry.user.email}</span>
                      </>
                    ) : (
                      <span className="text-gray-700">{t('auditLog.noUser')}</span>
                    )}
                  </td>
                  <td className="px-3 py-2">{entry.className ?? '—'}</td>
                  <td className="px-3 py-2">
                    {entry.entity}
                    {entry.entityId ? <span className="block break-all font-mono text-xs text-gray-700">{entry.entityId}</span> : null}
                  </td>
                  <td className="max-w-xs px-3 py-2">
                    {entry.detail ? <code className="block break-all text-xs">{entry.detail}</code> : null}
                    {entry.ip ? <span className="block text-xs text-gray-700">{t('auditLog.ip', { ip: entry.ip })}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      <nav aria-label={t('auditLog.pagesLabel')} className="mt-4 flex flex-wrap gap-4">
        {page.newer ? (
          <>
            <Link href={pageHref(filters, {})} className="font-semibold text-brand-800 underline">
              {t('auditLog.newest')}
            </Link>
            <Link href={pageHref(filters, { nieuwer: page.newer })} className="font-semibold text-brand-800 underline">
              <span aria-hidden="true">← </span>
              {t('auditLog.newer')}
            </Link>
          </>
        ) : null}
        {page.older ? (
          <Link href={pageHref(filters, { ouder: page.older })} className="font-semibold text-brand-800 underline">
            {t('auditLog.older')}
            <span aria-hidden="true"> →</span>
          </Link>
        ) : null}
      </nav>
    </>
  );
}
