import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PlanStatusBadge } from '@/components/plans/plan-status-badge';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { listReadableClasses } from '@/lib/classes/queries';
import { formatDateTime } from '@/lib/format/dates';
import { listClassLessons } from '@/lib/plans/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('classes');
  return { title: t('myClassesTitle') };
}

/** The pair's start page: their classes, each with its 8 lessons and how far along they are. */
export default async function MyClassesPage() {
  const user = await requireUser();
  const t = await getTranslations('classes');
  const tPlans = await getTranslations('plans');
  const tAuth = await getTranslations('auth');
  const classes = await listReadableClasses(user);
  const lessonsByClass = await Promise.all(classes.map((c) => listClassLessons(user, c.id)));
  return (
    <>
      <PageHeader title={t('myClassesTitle')} intro={t('myClassesIntro')} />
      {classes.length === 0 ? <Alert>{t('noClasses')}</Alert> : null}
      <div className="grid gap-6">
        {classes.map((c, index) => (
          <section key={c.id} aria-labelledby={`class-${c.id}`} className="rounded-lg border border-brand-100 bg-white p-5">
            <h2 id={`class-${c.id}`} className="text-xl font-bold text-brand-800">
              <Link href={`/klassen/${c.id}`} className="underline-offset-2 hover:underline">
                {c.name} · {c.school.name}
              </Link>
            </h2>
            <p className="text-sm text-gray-700">
              {t(`schoolKind.${c.school.kind}`)} · {c.school.city} · {c.schoolYear} · {t('pupils', { count: c.activePupils })}
            </p>
            <p className="mt-1 text-sm">
              {t('team')}: {c.team.map((m) => `${m.name} (${tAuth(`roles.${m.role}`)})`).join(', ')}
            </p>
            <h3 className="mt-4 font-semibold">{t('lessons')}</h3>
            <ol className="mt-2 grid gap-2 sm:grid-cols-2">
              {(lessonsByClass[index]?.lessons ?? []).map((lesson) => (
                <li key={lesson.number}>
                  <Link href={`/klassen/${c.id}/les/${lesson.number}`} className="flex h-full flex-col gap-1 rounded-md border border-gray-200 px-3 py-2 hover:bg-brand-50">
                    <span className="font-medium">
                      {t('lessonLink', { number: lesson.number, title: lesson.title })}
                      {lesson.optional ? <span className="text-sm font-normal text-gray-600"> ({t('optional')})</span> : null}
                    </span>
                    <span className="flex flex-wrap items-center gap-2 text-sm text-gray-700">
                      <PlanStatusBadge status={lesson.status} label={tPlans(`status.${lesson.status}`)} />
                      {lesson.scheduledAt ? formatDateTime(lesson.scheduledAt) : null}
                    </span>
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
