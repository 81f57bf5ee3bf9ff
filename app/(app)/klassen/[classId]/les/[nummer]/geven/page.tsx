import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { RunView } from '@/components/run/run-view';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { getLesson } from '@/lib/programme';
import { getRunPage } from '@/lib/run/queries';

type Params = Promise<{ classId: string; nummer: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const lesson = getLesson(Number((await params).nummer));
  const t = await getTranslations('run');
  return { title: lesson ? t('title', { number: lesson.number, title: lesson.title }) : undefined };
}

export default async function RunLessonPage({ params }: { params: Params }) {
  const { classId, nummer } = await params;
  const lessonNumber = Number(nummer);
  const user = await requireUser();
  const page = await getRunPage(user, classId, lessonNumber);
  if (!page) notFound();
  const t = await getTranslations('run');
  const tPlans = await getTranslations('plans');
  const base = `/klassen/${classId}/les/${lessonNumber}`;
  const title = t('title', { number: page.lesson.number, title: page.lesson.title });
  const back = (
    <>
      <Link href={base} className={buttonClass('secondary')}>
        {t('toPrepare')}
      </Link>
      <Link href={`/klassen/${classId}`} className={buttonClass('ghost')}>
        {t('backToClass')}
      </Link>
    </>
  );

  const { plan, snapshot } = page;
  if (!plan || !snapshot || plan.status === 'PREPARING' || plan.status === 'NOT_STARTED') {
    return (
      <>
        <PageHeader title={title} actions={back} />
        {plan ? (
          <Alert tone="warning" title={t('notReady')}>
            <p>{t('notReadyWhy')}</p>
            <p className="mt-1">
              {plan.signedOffBy.length > 0
                ? t('signedOffSoFar', { names: plan.signedOffBy.map((s) => `${s.name} (${tPlans(`lead_${s.role}` as 'lead_TEACHER')})`).join(', ') })
                : t('nobodySignedOff')}
            </p>
          </Alert>
        ) : (
          <Alert tone="warning">{t('notStarted')}</Alert>
        )}
      </>
    );
  }

  return (
    <>
      <PageHeader title={title} intro={page.lesson.theme} actions={back} />
      <RunView
        data={{ ...page, plan, snapshot }}
        user={{ id: user.id, name: user.name, role: user.role }}
        hrefs={{ display: `${base}/digibord`, evaluation: `${base}/evaluatie` }}
      />
    </>
  );
}
