import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/admin/back-link';
import { TableFrame } from '@/components/admin/table-frame';
import { PupilMoveForm } from '@/components/admin/pupil-move-form';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { listClassPupilCodes, type ClassPupils } from '@/lib/admin/pupils/queries';
import { requireUser } from '@/lib/auth/current-user';
import { authorize } from '@/lib/auth/policy';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.pupils');
  return { title: t('title') };
}

export default async function PupilsPage() {
  const user = await requireUser();
  authorize(user, 'read', { kind: 'administration' });
  const t = await getTranslations('admin');
  const classes = await listClassPupilCodes(user);
  const bySchool = new Map<string, { name: string; classes: ClassPupils[] }>();
  for (const c of classes) {
    const group = bySchool.get(c.school.id) ?? { name: c.school.name, classes: [] };
    group.classes.push(c);
    bySchool.set(c.school.id, group);
  }
  const schools = [...bySchool.values()];

  return (
    <>
      <BackLink href="/beheer" label={t('backToAdmin')} />
      <PageHeader title={t('pupils.title')} intro={t('pupils.intro')} />
      <section aria-labelledby="move-pupil" className="mb-8 rounded-lg border border-brand-100 bg-white p-5">
        <h2 id="move-pupil" className="mb-3 text-xl font-bold text-brand-800">
          {t('pupils.moveHeading')}
        </h2>
        <PupilMoveForm schools={schools.map((s) => ({ schoolName: s.name, classes: s.classes.map((c) => ({ id: c.id, label: `${c.name} (${c.schoolYear})` })) }))} />
      </section>
      {classes.length === 0 ? <Alert>{t('pupils.noClasses')}</Alert> : null}
      <div className="grid gap-8">
        {[...bySchool.entries()].map(([schoolId, group]) => (
          <section key={schoolId} aria-labelledby={`school-${schoolId}`} className="min-w-0">
            <h2 id={`school-${schoolId}`} className="mb-3 text-xl font-bold text-brand-800">
              {group.name}
            </h2>
            <div className="grid gap-4 md:grid-cols-2">
              {group.classes.map((c) => (
                <TableFrame key={c.id} label={`${c.name} (${c.schoolYear})`}>
                  <table className="w-full text-left">
                    <caption className="px-4 pt-3 text-left text-lg font-bold">
                      {c.name} ({c.schoolYear}) · {t('pupils.count', { count: c.pupils.filter((p) => p.active).length })}
                    </caption>
                    <thead className="text-sm">
                      <tr>
                        <th scope="col" className="px-4 py-2">{t('pupils.code')}</th>
                        <th scope="col" className="px-4 py-2">{t('pupils.state')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {c.pupils.length === 0 ? (
                        <tr>
                          <td colSpan={2} className="px-4 py-2 text-gray-700">
                            {t('pupils.none')}
                          </td>
                        </tr>
                      ) : (
                        c.pupils.map((p) => (
                          <tr key={p.code} className="border-t border-gray-100">
                            <th scope="row" className="px-4 py-1 font-mono font-normal">
                              {p.code}
                            </th>
                            <td className="px-4 py-1">{p.active ? t('pupils.active') : t('pupils.left')}</td>
                          </tr>
                        ))
                      )}
                    </tbody>
                  </table>
                </TableFrame>
              ))}
            </div>
          </section>
        ))}
      </div>
    </>
  );
}
