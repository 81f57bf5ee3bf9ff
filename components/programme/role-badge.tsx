import { useTranslations } from 'next-intl';
import type { LeadRole } from '@/lib/programme/schema';

// Colour helps at a glance; the word carries the meaning (and survives black-and-white print).
const tones: Record<LeadRole, string> = {
  CARE_WORKER: 'border-violet-700 bg-violet-50 text-violet-900',
  TEACHER: 'border-sky-700 bg-sky-50 text-sky-900',
  BOTH: 'border-brand-600 bg-brand-50 text-brand-800',
};

/** Who leads an activity: "Leiding: Hulpverlener / Leerkracht / Samen". */
export function RoleBadge({ lead }: { lead: LeadRole }) {
  const t = useTranslations('programme.activity');
  return (
    <span className="text-sm text-gray-700">
      {t.rich('lead', {
        role: t(`leadRole.${lead}`),
        badge: (chunks) => <span className={`rounded-full border px-2.5 py-0.5 font-semibold ${tones[lead]}`}>{chunks}</span>,
      })}
    </span>
  );
}
