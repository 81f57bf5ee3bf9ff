'use client';

import { useTranslations } from 'next-intl';
import type { PresenceEntry } from '@/lib/collab/types';

export function PresenceBar({ presence, fieldLabel, subject = 'plan' }: { presence: PresenceEntry[]; fieldLabel: (key: string) => string; subject?: 'plan' | 'evaluation' }) {
  const t = useTranslations('collab');
  const none = subject === 'evaluation' ? t('presenceNoneEvaluation') : t('presenceNone');
  const here = (name: string) => (subject === 'evaluation' ? t('presenceHereEvaluation', { name }) : t('presenceHere', { name }));
  return (
    <div aria-live="polite" className="text-sm text-gray-700">
      {presence.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {presence.map((p) => (
            <li key={p.userId} className="rounded-full bg-sky-100 px-3 py-1 text-sky-900">
              {p.field ? t('presenceIn', { name: p.name, field: fieldLabel(p.field) }) : here(p.name)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
