'use client';

import { useTranslations } from 'next-intl';
import type { PresenceEntry } from '@/lib/collab/types';
import type { LocalField } from './use-shared-document';

/**
 * Under a shared field: who else is in it, its save error, and, when the partner saved first,
 * their value beside ours with the two ways out. Nothing is ever dropped without a choice.
 */
export function FieldFeedback({
  id,
  field,
  presence,
  names,
  onKeepMine,
  onTakeTheirs,
  format = (value) => String(value ?? ''),
}: {
  id: string;
  field: LocalField | undefined;
  presence: PresenceEntry[];
  names: Record<string, string>;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  format?: (value: LocalField['value']) => string;
}) {
  const t = useTranslations('collab');
  const here = presence.filter((p) => p.field === id);
  return (
    <>
      {here.map((p) => (
        <p key={p.userId} className="text-sm text-sky-900">
          {t('partnerTyping', { name: p.name })}
        </p>
      ))}
      {field?.error ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {t('fieldError', { message: field.error === 'network' ? t('networkError') : field.error })}
        </p>
      ) : null}
      {field?.conflict ? (
        <div role="alert" className="mt-1 rounded-md border-2 border-amber-600 bg-amber-50 p-3 text-sm">
          <p className="font-semibold">{t('conflictTitle', { name: (field.conflict.updatedBy && names[field.conflict.updatedBy]) || t('conflictSomeone') })}</p>
          <p className="mt-1">{t('conflictExplain')}</p>
          <p className="mt-2 font-semibold">{t('conflictTheirs', { name: (field.conflict.updatedBy && names[field.conflict.updatedBy]) || t('conflictSomeone') })}</p>
          <blockquote className="mt-1 whitespace-pre-wrap rounded bg-white p-2" data-testid="partner-value">
            {format(field.conflict.value) || t('emptyValue')}
          </blockquote>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="button" onClick={onKeepMine} className="rounded-md bg-brand-600 px-3 py-2 font-semibold text-white hover:bg-brand-700">
              {t('keepMine')}
            </button>
            <button type="button" onClick={onTakeTheirs} className="rounded-md border border-brand-600 bg-white px-3 py-2 font-semibold text-brand-800 hover:bg-brand-50">
              {t('takeTheirs')}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
