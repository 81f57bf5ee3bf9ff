import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PrintButton } from '@/components/programme/print-button';
import { requireUser } from '@/lib/auth/current-user';
import { formatDateTime } from '@/lib/format/dates';
import { adaptationKeys } from '@/lib/plans/fields';
import { getPrintablePlan } from '@/lib/plans/queries';

type Params = Promise<{ classId: string; nummer: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('plans');
  return { title: t('printView') };
}

export default async function PrintPlanPage({ params }: { params: Params }) {
  const { classId, nummer } = await params;
  const user = await requireUser();
  const data = await getPrintablePlan(user, classId, Number(nummer));
  if (!data) notFound();
  const t = await getTranslations('plans');
  const { lesson, plan, schoolClass } = data;
  return (
    <article className="mx-auto max-w-3xl bg-white p-6 print:p-0">
      <div className="no-print mb-6 flex flex-wrap gap-2">
        <PrintButton label={t('print')} />
        <Link href={`/klassen/${classId}/les/${lesson.number}`} className="rounded-md px-4 py-2 font-semibold text-brand-800 underline">
          {t('backToClass')}
        </Link>
      </div>
      <header className="border-b-2 border-black pb-3">
        <p className="text-sm">
          {schoolClass.schoolName} · {schoolClass.name}
        </p>
        <h1 className="text-2xl font-bold">{t('prepareTitle', { number: lesson.number, title: lesson.title })}</h1>
        <p>{plan.scheduledAt ? formatDateTime(plan.scheduledAt) : t('notScheduled')}</p>
        <p className="text-sm">
          {data.team.map((m) => `${m.name} (${t(`lead_${m.role}`)})`).join(' · ')} · {t(`status.${data.status}`)}
        </p>
        <p className="mt-2 italic">{lesson.theme}</p>
      </header>

      <section className="mt-4">
        <h2 className="text-lg font-bold">
          {t('activitiesTitle')} — {t('budget', { total: plan.plannedMinutes, budget: lesson.budgetMinutes })}
        </h2>
        <ol className="mt-2 flex flex-col gap-3">
          {plan.activities.map((a) => (
            <li key={a.number} className="break-inside-avoid border-l-4 border-gray-400 pl-3">
              <p className="font-bold">
                {a.number}. {a.title}
                {!a.included ? ` (${t('skipped')})` : ''}
              </p>
              <p className="text-sm">
                {t(`lead_${a.lead}`)}
                {a.minutes !== null ? ` · ${t('minutesShort', { minutes: a.minutes })}` : ''}
                {a.optionLabel ? ` · ${t('chosenOption', { option: a.optionLabel })}` : ''}
              </p>
              {a.ownChoice ? <p className="text-sm">{a.ownChoice}</p> : null}
              {a.notes ? <p className="whitespace-pre-line text-sm">{a.notes}</p> : null}
            </li>
          ))}
        </ol>
      </section>

      <section className="mt-4 break-inside-avoid">
        <h2 className="text-lg font-bold">{t('adaptationsTitle')}</h2>
        <dl className="mt-1 grid gap-1">
          {adaptationKeys.map((key) => (
            <div key={key}>
              <dt className="font-semibold">{t(`adaptation_${key}`)}</dt>
              <dd className="whitespace-pre-line">{plan.adaptations[key] || '—'}</dd>
            </div>
          ))}
        </dl>
      </section>

      {plan.attention.length > 0 ? (
        <section className="mt-4 break-inside-avoid">
          <h2 className="text-lg font-bold">{t('attentionTitle')}</h2>
          <dl className="mt-1 grid gap-1">
            {plan.attention.map((a) => (
              <div key={a.pupilId}>
                <dt className="font-semibold">{data.pupils[a.pupilId]}</dt>
                <dd className="whitespace-pre-line">{a.text}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      <section className="mt-4 break-inside-avoid">
        <h2 className="text-lg font-bold">{t('materialsTitle')}</h2>
        <ul className="mt-1">
          {plan.materials.map((m) => (
            <li key={m.number}>
              {m.prepared ? '☑' : '☐'} {t('materialPrepared', { number: m.number, title: m.title })}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
