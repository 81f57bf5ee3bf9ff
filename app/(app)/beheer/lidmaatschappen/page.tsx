import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/admin/back-link';
import { MembershipAddForm } from '@/components/admin/membership-add-form';
import { MembershipRemoveButton } from '@/components/admin/membership-remove-button';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { listClassTeams, listTeamCandidates, type ClassTeam } from '@/lib/admin/memberships/queries';
import { requireUser } from '@/lib/auth/current-user';
import { authorize } from '@/lib/auth/policy';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.memberships');
  return { title: t('title') };
}

export default async function MembershipsPage() {
  const user = await requireUser();
  authorize(user, 'read', { kind: 'administration' });
  const t = await getTranslations('admin');
  const tRoles = await getTranslations('auth.roles');
  const [classes, candidates] = await Promise.all([listClassTeams(user), listTeamCandidates(user)]);
  const bySchool = new Map<string, { name: string; classes: ClassTeam[] }>();
  for (const c of classes) {
    const group = bySchool.get(c.school.id) ?? { name: c.school.name, classes: [] };
    group.classes.push(c);
    bySchool.set(c.school.id, group);
  }

  return (
    <>
      <BackLink href="/beheer" label={t('backToAdmin')} />
      <PageHeader title={t('memberships.title')} intro={t('memberships.intro')} />
      {classes.length === 0 ? <Alert>{t('memberships.noClasses')}</Alert> : null}
      <div className="grid gap-10">
        {[...bySchool.entries()].map(([schoolId, group]) => (
          <section key={schoolId} aria-labelledby={`school-${schoolId}`} className="grid gap-4">
            <h2 id={`school-${schoolId}`} className="text-xl font-bold text-brand-800">
              {group.name}
            </h2>
            {group.classes.map((c) => {
              const label = `${c.name} (${c.schoolYear})`;
              const memberIds = new Set(c.members.map((m) => m.id));
              return (
                <section key={c.id} aria-labelledby={`class-${c.id}`} className="rounded-lg border border-brand-100 bg-white p-5">
                  <h3 id={`class-${c.id}`} className="text-lg font-bold">
                    {label}
                  </h3>
                  {c.members.length === 0 ? (
                    <p className="mt-2 text-gray-700">{t('memberships.nobody')}</p>
                  ) : (
                    <ul className="mt-2 divide-y divide-gray-100">
                      {c.members.map((m) => (
                        <li key={m.id} className="flex flex-wrap items-center justify-between gap-x-4 py-1">
                          <span>
                            <span className="font-semibold">{m.name}</span> · {tRoles(m.role)}
                            {m.active ? null : <span className="text-gray-700"> · {t('memberships.inactive')}</span>}
                            <span className="block break-all text-sm text-gray-700">{m.email}</span>
                          </span>
                          <MembershipRemoveButton classId={c.id} userId={m.id} name={m.name} classLabel={label} />
                        </li>
                      ))}
                    </ul>
                  )}
                  <div className="mt-4 border-t border-gray-100 pt-4">
                    <MembershipAddForm
                      classId={c.id}
                      classLabel={label}
                      candidates={candidates.filter((p) => !memberIds.has(p.id)).map((p) => ({ id: p.id, name: p.name, email: p.email, roleLabel: tRoles(p.role) }))}
                    />
                  </div>
                </section>
              );
            })}
          </section>
        ))}
      </div>
    </>
  );
}
