import { useTranslations } from 'next-intl';
import type { LessonTiming } from '@/lib/programme/lesson-timing';

/** The lesson's time as the source gives it, or that the pair plans it within the budget. */
export function useTimingText(): (timing: LessonTiming, budgetMinutes: number) => string {
  const t = useTranslations('programme.timing');
  return (timing, budget) => {
    if (timing.kind === 'selfPlanned') return t('selfPlanned', { budget });
    if (timing.kind === 'partial') return t('partial', { minutes: timing.minutes, budget });
    return t('fixed', { minutes: timing.minutes });
  };
}
