import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { listReadableClasses } from '@/lib/classes/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('classes');
  return { title: t('overviewTitle') };
}

export default async function CoordinatorOverviewPage() {
  const user = await requireUser();
  if (user.role !== 'COORDINATOR') notFound();
  const t = await getTranslations('classes');
  const classes = await listReadableClasses(user);
  const bySchool = new Map<string, typeof classes>();
  for (const c of classes) bySchool.set(c.school.id, [...(bySchool.get(c.school.id) ?? []), c]);
  return (
    <>
      <PageHeader title={t('overviewTitle')} intro={t('overviewIntro')} />
      <div className="grid gap-6">
        {[...bySchool.values()].map((schoolClasses) => {
          const school = schoolClasses[0]!.school;
          return (
            <section key={school.id} aria-labelledby={`school-${school.id}`} className="rounded-lg border border-brand-100 bg-white p-5">
              <h2 id={`school-${school.id}`} className="text-xl font-bold text-brand-800">
                {school.name}
              </h2>
              <p className="text-sm text-gray-700">
                {t(`schoolKind.${school.kind}`)} · {school.city}
              </p>
              <ul className="mt-3 list-disc pl-5">
                {schoolClasses.map((c) => (
                  <li key={c.id}>
                    {c.name} · {c.schoolYear} · {t('pupils', { count: c.activePupils })}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}
