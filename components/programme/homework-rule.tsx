import { useTranslations } from 'next-intl';
import type { FollowUpStep, HomeworkRule } from '@/lib/programme/schema';
import { RichText } from './rich-text';

function direction(offset: number): { direction: 'before' | 'on' | 'after'; days: number } {
  return { direction: offset < 0 ? 'before' : offset > 0 ? 'after' : 'on', days: Math.abs(offset) };
}

/** The mentor homework of a lesson: when it is due and who does what when it does not come back. */
export function HomeworkRuleView({ rule }: { rule: HomeworkRule }) {
  const t = useTranslations('programme.homework');
  const when = (step: FollowUpStep) => t(step.anchor === 'DUE_DATE' ? 'whenDueDate' : 'whenNextLesson', direction(step.dayOffsetFromDue));
  const due = rule.due.kind === 'DAYS_BEFORE_NEXT_LESSON' ? t('dueBeforeNextLesson', { days: rule.due.days }) : t('dueAfterLesson', { days: rule.due.days });
  return (
    <section aria-labelledby="huiswerk-titel" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-5 break-inside-avoid print:rounded-none print:bg-transparent">
      <h3 id="huiswerk-titel" className="text-lg font-bold break-after-avoid print:text-[13pt]">
        {t('heading')}
      </h3>
      <p className="mt-1 text-sm text-gray-800">{t('handedOutIn', { number: rule.activityNumber })}</p>
      <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('task')}</dt>
        <dd>{rule.description}</dd>
        <dt className="font-semibold">{t('due')}</dt>
        <dd>{due}</dd>
      </dl>
      <h4 className="mt-4 mb-1 font-semibold break-after-avoid">{t('followUp')}</h4>
      <ol className="list-decimal space-y-2 pl-6">
        {rule.followUp.map((step) => (
          <li key={step.key}>
            {t.rich('followUpStep', {
              who: t(`who.${step.who}`),
              when: when(step),
              action: step.action,
              b: (chunks) => <span className="font-semibold">{chunks}</span>,
            })}
          </li>
        ))}
      </ol>
      {rule.followUpAsLesson ? <p className="mt-2">{t('asLesson', { number: rule.followUpAsLesson })}</p> : null}
      <details className="mt-3 print:hidden">
        <summary className="cursor-pointer font-medium text-brand-800">{t('sourceRule')}</summary>
        <RichText text={rule.ruleText} className="mt-2" />
      </details>
    </section>
  );
}
