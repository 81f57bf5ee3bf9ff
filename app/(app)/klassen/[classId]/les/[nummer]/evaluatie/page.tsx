import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AmendmentForm } from '@/components/evaluation/amendment-form';
import { Conversations } from '@/components/evaluation/conversations';
import { EvaluationForm } from '@/components/evaluation/evaluation-form';
import { LogbookEditor } from '@/components/evaluation/logbook-editor';
import { SubmittedEvaluation } from '@/components/evaluation/submitted-evaluation';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { getEvaluationPage } from '@/lib/evaluation/queries';
import { formatDate } from '@/lib/format/dates';
import { programme } from '@/lib/programme';

type Params = Promise<{ classId: string; nummer: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations('evaluation');
  const number = Number((await params).nummer);
  return { title: Number.isInteger(number) ? t('metaTitle', { number }) : undefined };
}

/** The pair's evaluation of a held lesson, their logbooks and their conversations with pupils. */
export default async function EvaluationPage({ params }: { params: Params }) {
  const { classId, nummer } = await params;
  const lessonNumber = Number(nummer);
  if (!Number.isInteger(lessonNumber)) notFound();
  const user = await requireUser();
  const result = await getEvaluationPage(user, classId, lessonNumber);
  if (!result) notFound();
  const t = await getTranslations('evaluation');
  const tPlans = await getTranslations('plans');
  const back = (
    <Link href={`/klassen/${classId}`} className="rounded-md px-4 py-2 font-semibold text-brand-800 underline">
      {t('backToClass')}
    </Link>
  );
  if (result.state === 'notHeld') {
    return (
      <>
        <PageHeader title={t('metaTitle', { number: lessonNumber })} actions={back} />
        <Alert>{t('notHeld', { status: tPlans(`status.${result.status}` as 'status.READY') })}</Alert>
      </>
    );
  }

  const { page } = result;
  const { evaluation } = page;
  const intro = !page.canWrite ? t('introReadOnly') : evaluation?.submittedAt ? t('introSubmitted') : t('intro');
  const lessonDay = page.plan.heldOn ?? new Date().toISOString().slice(0, 10);

  return (
    <>
      <PageHeader
        title={t('title', { number: page.lesson.number, title: page.lesson.title })}
        intro={intro}
        actions={
          <>
            <Link href={`/klassen/${classId}/les/${lessonNumber}`} className="rounded-md border border-brand-600 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
              {t('toPrepare')}
            </Link>
            {back}
          </>
        }
      />
      {page.plan.heldOn ? <p className="-mt-4 mb-6 text-gray-700">{t('heldOn', { date: formatDate(page.plan.heldOn) })}</p> : null}

      <nav aria-label={t('sectionsLabel')} className="no-print mb-6">
        <ul className="flex flex-wrap gap-2 text-sm">
          {[
            ['formulier', t('formTitle')],
            ['logboek', t('logbookTitle')],
            ['gesprekken', t('conversationsTitle')],
          ].map(([anchor, label]) => (
            <li key={anchor}>
              <a href={`#${anchor}`} className="inline-block rounded-full border border-brand-600 px-3 py-1 font-medium text-brand-800 hover:bg-brand-50">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="formulier" aria-labelledby="form-title" className="scroll-mt-4">
        <h2 id="form-title" className="mb-4 text-2xl font-bold text-brand-800">
          {t('formTitle')}
        </h2>
        {!evaluation ? (
          <Alert>{t('notStarted')}</Alert>
        ) : evaluation.snapshot ? (
          <EvaluationForm
            evaluationId={evaluation.id}
            questions={page.questions}
            snapshot={evaluation.snapshot}
            editable={evaluation.editable}
            user={{ id: user.id, role: user.role }}
            team={page.team}
            captures={page.captures}
          />
        ) : (
          <div className="flex flex-col gap-6">
            <SubmittedEvaluation evaluation={evaluation} questions={page.questions} captures={page.captures} />
            {page.canWrite ? <AmendmentForm evaluationId={evaluation.id} questions={page.questions.map((q) => ({ number: q.number, key: q.key }))} /> : null}
          </div>
        )}
      </section>

      <section id="logboek" aria-labelledby="logbook-title" className="mt-10 scroll-mt-4 rounded-lg border border-brand-100 bg-white p-5">
        <h2 id="logbook-title" className="text-2xl font-bold text-brand-800">
          {t('logbookTitle')}
        </h2>
        <p className="mt-1 text-gray-700">{programme.evaluation.logbookPrompt}</p>
        <div className="mt-4 flex flex-col gap-6">
          {page.logbooks.mine ? <LogbookEditor planId={page.plan.id} initial={page.logbooks.mine} label={t('logbookMine')} hint={t('logbookHint')} /> : null}
          {page.logbooks.others.length === 0 ? (
            <p className="text-gray-700">{page.logbooks.mine ? t('logbookNone') : t('logbookNoneReader')}</p>
          ) : (
            page.logbooks.others.map((entry) => (
              <article key={entry.authorName} aria-label={t('logbookOf', { name: entry.authorName, role: t(`role_${entry.role}` as 'role_TEACHER') })}>
                <h3 className="font-semibold">{t('logbookOf', { name: entry.authorName, role: t(`role_${entry.role}` as 'role_TEACHER') })}</h3>
                <p className="mt-1 whitespace-pre-line rounded-md bg-gray-50 p-3">{entry.text}</p>
              </article>
            ))
          )}
        </div>
      </section>

      <section id="gesprekken" aria-labelledby="conversations-title" className="mt-10 scroll-mt-4 rounded-lg border border-brand-100 bg-white p-5">
        <h2 id="conversations-title" className="text-2xl font-bold text-brand-800">
          {t('conversationsTitle')}
        </h2>
        <p className="mt-1 text-gray-700">{programme.evaluation.conversationsPrompt}</p>
        <div className="mt-4">
          {page.conversations ? (
            <Conversations
              planId={page.plan.id}
              conversations={page.conversations}
              pupils={page.pupils}
              team={page.team}
              currentUserId={user.id}
              defaultDate={lessonDay}
            />
          ) : (
            <p className="text-gray-700">{t('conversationsHidden')}</p>
          )}
        </div>
      </section>
    </>
  );
}
