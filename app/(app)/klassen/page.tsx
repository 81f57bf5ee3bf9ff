import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { Alert } from '@/components/ui/alert';
import { requireUser } from '@/lib/auth/current-user';
import { listReadableClasses } from '@/lib/classes/queries';
import { programme } from '@/lib/programme';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('classes');
  return { title: t('myClassesTitle') };
}

export default async function MyClassesPage() {
  const user = await requireUser();
  const t = await getTranslations('classes');
  const tAuth = await getTranslations('auth');
  const classes = await listReadableClasses(user);
  return (
    <>
      <PageHeader title={t('myClassesTitle')} intro={t('myClassesIntro')} />
      {classes.length === 0 ? <Alert>{t('noClasses')}</Alert> : null}
      <div className="grid gap-6">
        {classes.map((c) => (
          <section key={c.id} aria-labelledby={`class-${c.id}`} className="rounded-lg border border-brand-100 bg-white p-5">
            <h2 id={`class-${c.id}`} className="text-xl font-bold text-brand-800">
              {c.name} · {c.school.name}
            </h2>
            <p className="text-sm text-gray-700">
              {t(`schoolKind.${c.school.kind}`)} · {c.school.city} · {c.schoolYear} · {t('pupils', { count: c.activePupils })}
            </p>
            <p className="mt-1 text-sm">
              {t('team')}: {c.team.map((m) => `${m.name} (${tAuth(`roles.${m.role}`)})`).join(', ')}
            </p>
            <h3 className="mt-4 font-semibold">{t('lessons')}</h3>
            <ol className="mt-2 grid gap-2 sm:grid-cols-2">
              {programme.lessons.map((lesson) => (
                <li key={lesson.number}>
                  <Link href={`/lessenreeks/${lesson.number}`} className="block rounded-md border border-gray-200 px-3 py-2 hover:bg-brand-50">
                    {t('lessonLink', { number: lesson.number, title: lesson.title })}
                    {lesson.optional ? <span className="text-sm text-gray-600"> ({t('optional')})</span> : null}
                  </Link>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </>
  );
}
