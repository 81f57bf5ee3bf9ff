import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PrintNotesToggle } from '@/components/portfolio/print-notes-toggle';
import { PrintButton } from '@/components/programme/print-button';
import { requireUser } from '@/lib/auth/current-user';
import { formatDate } from '@/lib/format/dates';
import { getPortfolio } from '@/lib/portfolio/queries';

type Params = Promise<{ classId: string; pupilId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('portfolio');
  return { title: t('metaTitle') };
}

const GOAL_FIELDS = ['goal', 'whyItMatters', 'firstIdeas', 'planWhat', 'planWhen', 'planHow', 'helpers', 'motivators', 'saboteurs'] as const;
const timeFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="break-inside-avoid rounded-lg border border-brand-100 bg-white p-5 print:border-gray-400">
      <h2 id={id} className="text-xl font-bold text-brand-800 print:text-black">
        {title}
      </h2>
      <div className="mt-2">{children}</div>
    </section>
  );
}

/** The pupil's portfolio: everything collected over the lessons, printable to hand over in lesson 8. */
export default async function PortfolioPage({ params }: { params: Params }) {
  const { classId, pupilId } = await params;
  const user = await requireUser();
  const portfolio = await getPortfolio(user, classId, pupilId);
  if (!portfolio) notFound();
  const t = await getTranslations('portfolio');
  const { pupil, goal, celebration } = portfolio;
  const none = <p className="text-gray-600">{t('none')}</p>;
  const goalRows = goal ? GOAL_FIELDS.filter((key) => goal[key].trim()) : [];

  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-5">
      <div className="no-print flex flex-wrap items-center gap-2">
        <PrintButton label={t('print')} />
        <Link href={`/klassen/${classId}/vieren`} className="rounded-md px-4 py-2 font-semibold text-brand-800 underline">
          {t('backToCelebrate')}
        </Link>
      </div>
      <header className="border-b-2 border-brand-600 pb-3 print:border-black">
        <p className="text-sm text-gray-700">{t('classLine', { school: portfolio.schoolClass.schoolName, className: portfolio.schoolClass.name })}</p>
        <h1 className="text-3xl font-bold text-brand-800 print:text-black">{t('title', { alias: pupil.alias })}</h1>
        <p className="mt-1 text-gray-700">{t('intro', { alias: pupil.alias })}</p>
        {!pupil.active ? <p className="mt-1 font-semibold">{t('left')}</p> : null}
        <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          {pupil.buddyAlias ? (
            <div className="flex gap-1">
              <dt className="font-semibold">{t('buddy')}:</dt>
              <dd>{pupil.buddyAlias}</dd>
            </div>
          ) : null}
          {pupil.mentorWho ? (
            <div className="flex gap-1">
              <dt className="font-semibold">{t('mentor')}:</dt>
              <dd>{pupil.mentorWho}</dd>
            </div>
          ) : null}
        </dl>
      </header>

      <Section id="talents" title={t('talentsTitle')}>
        {portfolio.talents.length > 0 ? (
          <ol className="list-decimal pl-6">
            {portfolio.talents.map((talent, index) => (
              <li key={index}>{talent}</li>
            ))}
          </ol>
        ) : (
          none
        )}
      </Section>

      <Section id="goal" title={t('goalTitle')}>
        {goalRows.length > 0 ? (
          <dl className="grid gap-2">
            {goalRows.map((key) => (
              <div key={key}>
                <dt className="font-semibold">{t(`goal_${key}`)}</dt>
                <dd className="whitespace-pre-line">{goal?.[key]}</dd>
              </div>
            ))}
          </dl>
        ) : (
          none
        )}
      </Section>

      <Section id="feedback" title={t('feedbackTitle')}>
        {portfolio.feedback.length > 0 ? (
          <dl className="grid gap-2">
            {portfolio.feedback.map((f) => (
              <div key={f.key}>
                <dt className="font-semibold">{t(`feedback_${f.key}` as 'feedback_pupil')}</dt>
                <dd className="whitespace-pre-line">{f.text}</dd>
              </div>
            ))}
          </dl>
        ) : (
          none
        )}
      </Section>

      <Section id="growth" title={t('growthTitle')}>
        {portfolio.growth ? <p className="whitespace-pre-line">{portfolio.growth}</p> : none}
      </Section>

      <Section id="celebration" title={t('celebrationTitle')}>
        {celebration ? (
          <dl className="grid gap-2">
            {celebration.selfRatingStart !== null || celebration.selfRatingNow !== null ? (
              <div>
                <dt className="font-semibold">{t('rating')}</dt>
                <dd>
                  {[
                    celebration.selfRatingStart !== null ? t('ratingStart', { value: celebration.selfRatingStart }) : null,
                    celebration.selfRatingNow !== null ? t('ratingNow', { value: celebration.selfRatingNow }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </dd>
              </div>
            ) : null}
            {celebration.proudest ? (
              <div>
                <dt className="font-semibold">{t('proudest')}</dt>
                <dd className="whitespace-pre-line">{celebration.proudest}</dd>
              </div>
            ) : null}
            {celebration.keepGoing ? (
              <div>
                <dt className="font-semibold">{t('keepGoing')}</dt>
                <dd className="whitespace-pre-line">{celebration.keepGoing}</dd>
              </div>
            ) : null}
          </dl>
        ) : (
          none
        )}
      </Section>

      <PrintNotesToggle label={t('printNotes')}>
        <div className="flex flex-col gap-5">
          <Section id="captures" title={t('capturesTitle')}>
            {portfolio.captures.length > 0 ? (
              <ul className="flex flex-col gap-2">
                {portfolio.captures.map((c) => (
                  <li key={c.id}>
                    <p className="text-sm text-gray-600">
                      {t('captureLine', { number: c.lessonNumber, time: timeFormat.format(new Date(c.capturedAt)), author: c.authorName })} ·{' '}
                      <span className="font-semibold">{t(`kind_${c.kind}` as 'kind_STRESS')}</span>
                    </p>
                    {c.text ? <p className="whitespace-pre-line">{c.text}</p> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-gray-600">{t('capturesNone')}</p>
            )}
          </Section>
          <Section id="conversations" title={t('conversationsTitle')}>
            {portfolio.conversations.length > 0 ? (
              <ul className="flex flex-col gap-3">
                {portfolio.conversations.map((c) => (
                  <li key={c.id}>
                    <p className="text-sm text-gray-600">{t('conversationLine', { number: c.lessonNumber, date: formatDate(c.heldOn), name: c.talkedByName })}</p>
                    <p className="whitespace-pre-line">
                      <span className="font-semibold">{t('conversationSaid')}: </span>
                      {c.said}
                    </p>
                    {c.agreements ? (
                      <p className="whitespace-pre-line">
                        <span className="font-semibold">{t('conversationAgreements')}: </span>
                        {c.agreements}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-gray-600">{t('conversationsNone')}</p>
            )}
          </Section>
        </div>
      </PrintNotesToggle>
    </article>
  );
}
