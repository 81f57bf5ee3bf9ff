import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/admin/back-link';
import { TableFrame } from '@/components/admin/table-frame';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { listSchools } from '@/lib/admin/schools/queries';
import { requireUser } from '@/lib/auth/current-user';
import { authorize } from '@/lib/auth/policy';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.schools');
  return { title: t('title') };
}

export default async function SchoolsPage() {
  const user = await requireUser();
  authorize(user, 'read', { kind: 'administration' });
  const t = await getTranslations('admin');
  const schools = await listSchools(user);
  return (
    <>
      <BackLink href="/beheer" label={t('backToAdmin')} />
      <PageHeader
        title={t('schools.title')}
        intro={t('schools.intro')}
        actions={
          <Link href="/beheer/scholen/nieuw" className={buttonClass('primary')}>
            {t('schools.new')}
          </Link>
        }
      />
      {schools.length === 0 ? (
        <Alert>{t('schools.empty')}</Alert>
      ) : (
        <TableFrame label={t('schools.title')}>
          <table className="w-full text-left">
            <caption className="sr-only">{t('schools.title')}</caption>
            <thead className="bg-brand-50 text-sm">
              <tr>
                <th scope="col" className="px-3 py-2 sm:px-4">{t('schools.nameShort')}</th>
                <th scope="col" className="px-3 py-2 sm:px-4">{t('schools.kindShort')}</th>
                <th scope="col" className="px-3 py-2 sm:px-4">{t('schools.city')}</th>
                <th scope="col" className="px-3 py-2 sm:px-4">{t('schools.classes')}</th>
              </tr>
            </thead>
            <tbody>
              {schools.map((school) => (
                <tr key={school.id} className="border-t border-gray-100">
                  <th scope="row" className="px-3 py-2 sm:px-4 font-semibold">
                    <Link href={`/beheer/scholen/${school.id}`} className="text-brand-800 underline underline-offset-2 hover:no-underline">
                      {school.name}
                    </Link>
                  </th>
                  <td className="px-3 py-2 sm:px-4">{school.kind}</td>
                  <td className="px-3 py-2 sm:px-4">{school.city}</td>
                  <td className="px-3 py-2 sm:px-4">{school.classCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </>
  );
}
