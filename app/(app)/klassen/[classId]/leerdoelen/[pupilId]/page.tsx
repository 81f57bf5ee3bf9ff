import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { GrowthForm } from '@/components/goals/growth-form';
import { MindMapForm } from '@/components/goals/mind-map-form';
import { PlanForm } from '@/components/goals/plan-form';
import { PlanStatusBadge } from '@/components/goals/plan-status-badge';
import { ReviewForm } from '@/components/goals/review-form';
import { TalentsForm } from '@/components/goals/talents-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { pupilGoalView } from '@/lib/learning-goals/queries';
import { programme } from '@/lib/programme';

type Params = Promise<{ classId: string; pupilId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('goals');
  return { title: t('detailTitle') };
}

function Step({ id, title, intro, children }: { id: string; title: string; intro: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-brand-100 bg-white p-4">
      <h2 id={id} className="text-xl font-bold text-brand-800">
        {title}
      </h2>
      <p className="mt-1 mb-3 text-sm text-gray-700">{intro}</p>
      {children}
    </section>
  );
}

export default async function PupilGoalPage({ params }: { params: Params }) {
  const { classId, pupilId } = await params;
  const user = await requireUser();
  const view = await pupilGoalView(user, classId, pupilId);
  if (!view) notFound();
  const t = await getTranslations('goals');
  const { alias } = view.pupil;
  const criteria = programme.goalCriteria.map(({ key, label, explanation }) => ({ key, label, explanation }));
  return (
    <>
      <p className="no-print mb-2">
        <Link href={`/klassen/${classId}/leerdoelen`} className="text-brand-800 underline underline-offset-2">
          {t('back')}
        </Link>
      </p>
      <PageHeader title={t('detailHeading', { alias })} intro={t('detailIntro', { buddy: view.buddy ?? t('review.noBuddy'), mentor: view.mentor ?? t('review.noMentor') })} actions={<PlanStatusBadge status={view.planStatus} />} />
      <div className="grid gap-6">
        <Step id="talenten" title={t('talents.title')} intro={t('talents.intro')}>
          <TalentsForm classId={classId} pupilId={view.pupil.id} values={view.talents.values} version={view.talents.version} />
        </Step>
        <Step id="mindmap" title={t('mindMap.title')} intro={t('mindMap.intro')}>
          <MindMapForm classId={classId} pupilId={view.pupil.id} alias={alias} values={view.mindMap.values} version={view.mindMap.version} />
        </Step>
        <Step id="plan" title={t('plan.title')} intro={t('plan.intro')}>
          <PlanForm
            classId={classId}
            pupilId={view.pupil.id}
            alias={alias}
            mindMapGoal={view.mindMap.values.goal}
            values={view.plan.values}
            version={view.plan.version}
            criteria={criteria}
          />
        </Step>
        <Step id="terugblik" title={t('review.title')} intro={t('review.intro')}>
          <ReviewForm classId={classId} pupilId={view.pupil.id} alias={alias} buddy={view.buddy} mentor={view.mentor} values={view.review.values} version={view.review.version} />
        </Step>
        <Step id="groei" title={t('growth.title')} intro={t('growth.intro')}>
          <GrowthForm classId={classId} pupilId={view.pupil.id} alias={alias} values={view.growth.values} version={view.growth.version} />
        </Step>
      </div>
    </>
  );
}
