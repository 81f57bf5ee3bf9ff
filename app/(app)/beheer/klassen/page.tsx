import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/admin/back-link';
import { TableFrame } from '@/components/admin/table-frame';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { listClasses, type ClassRow } from '@/lib/admin/classes/queries';
import { requireUser } from '@/lib/auth/current-user';
import { authorize } from '@/lib/auth/policy';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.classes');
  return { title: t('title') };
}

export default async function ClassesPage() {
  const user = await requireUser();
  authorize(user, 'read', { kind: 'administration' });
  const t = await getTranslations('admin');
  const classes = await listClasses(user);
  const bySchool = new Map<string, { name: string; classes: ClassRow[] }>();
  for (const c of classes) {
    const group = bySchool.get(c.school.id) ?? { name: c.school.name, classes: [] };
    group.classes.push(c);
    bySchool.set(c.school.id, group);
  }
  return (
    <>
      <BackLink href="/beheer" label={t('backToAdmin')} />
      <PageHeader
        title={t('classes.title')}
        intro={t('classes.intro')}
        actions={
          <Link href="/beheer/klassen/nieuw" className={buttonClass('primary')}>
            {t('classes.new')}
          </Link>
        }
      />
      {classes.length === 0 ? <Alert>{t('classes.empty')}</Alert> : null}
      <div className="grid gap-8">
        {[...bySchool.entries()].map(([schoolId, group]) => (
          <section key={schoolId} aria-labelledby={`school-${schoolId}`} className="min-w-0">
            <h2 id={`school-${schoolId}`} className="mb-2 text-xl font-bold text-brand-800">
              {group.name}
            </h2>
            <TableFrame label={t('classes.tableCaption', { school: group.name })}>
              <table className="w-full text-left">
                <caption className="sr-only">{t('classes.tableCaption', { school: group.name })}</caption>
                <thead className="bg-brand-50 text-sm">
                  <tr>
                    <th scope="col" className="px-3 py-2 sm:px-4">{t('classes.nameShort')}</th>
                    <th scope="col" className="px-3 py-2 sm:px-4">{t('classes.schoolYear')}</th>
                    <th scope="col" className="px-3 py-2 sm:px-4">{t('classes.ageRangeShort')}</th>
                    <th scope="col" className="px-3 py-2 sm:px-4">{t('classes.team')}</th>
                    <th scope="col" className="px-3 py-2 sm:px-4">{t('classes.pupils')}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.classes.map((c) => (
                    <tr key={c.id} className="border-t border-gray-100">
                      <th scope="row" className="px-3 py-2 sm:px-4 font-semibold">
                        <Link href={`/beheer/klassen/${c.id}`} className="text-brand-800 underline underline-offset-2 hover:no-underline">
                          {c.name}
                        </Link>
                      </th>
                      <td className="whitespace-nowrap px-3 py-2 sm:px-4">{c.schoolYear}</td>
                      <td className="px-3 py-2 sm:px-4">{c.ageRange ?? '—'}</td>
                      <td className="px-3 py-2 sm:px-4">{c.teamSize}</td>
                      <td className="px-3 py-2 sm:px-4">{c.activePupils}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
          </section>
        ))}
      </div>
    </>
  );
}
