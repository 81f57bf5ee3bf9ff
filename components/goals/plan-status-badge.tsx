import { useTranslations } from 'next-intl';
import type { PlanStatus } from '@/lib/learning-goals/stored';

const tones: Record<PlanStatus, string> = {
  none: 'border-gray-400 bg-white text-gray-700',
  draft: 'border-amber-600 bg-amber-50 text-amber-900',
  ready: 'border-brand-600 bg-brand-50 text-brand-800',
};

/** The lesson 5 plan's state: none yet, a draft, or "plan klaar". */
export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const t = useTranslations('goals.planStatus');
  return <span className={`inline-block rounded-full border px-2.5 py-0.5 text-sm font-semibold ${tones[status]}`}>{t(status)}</span>;
}
