import { useTranslations } from 'next-intl';
import type { FollowUpActor } from '@/lib/programme/schema';

// Colour helps at a glance; the word carries the meaning.
const tones: Record<FollowUpActor, string> = {
  CARE_WORKER: 'border-violet-700 bg-violet-50 text-violet-900',
  TEACHER: 'border-sky-700 bg-sky-50 text-sky-900',
  PAIR: 'border-brand-600 bg-brand-50 text-brand-800',
};

/** Whose follow-up step it is: the care worker's, the teacher's, or the pair's together. */
export function WhoBadge({ who }: { who: FollowUpActor }) {
  const t = useTranslations('homework.who');
  return <span className={`inline-block rounded-full border px-2.5 py-0.5 text-sm font-semibold ${tones[who]}`}>{t(who)}</span>;
}
