'use client';

import { useTranslations } from 'next-intl';
import type { UseFormRegister } from 'react-hook-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { CheckboxField } from '@/components/ui/checkbox-field';
import type { PlanInput } from '@/lib/learning-goals/schema';
import type { CriterionCheck, CriterionKey } from '@/lib/learning-goals/teppc';

export interface CriterionText {
  key: CriterionKey;
  label: string;
  /** The source's explanation. */
  explanation: string;
}

interface Props {
  criteria: CriterionText[];
  checks: CriterionCheck[];
  register: UseFormRegister<PlanInput>;
  errors: Partial<Record<CriterionKey, string>>;
  onChange: () => void;
  /** As stored, so the boxes show ticked before the page is interactive. */
  initial: Record<CriterionKey, boolean>;
}

/**
 * The five TEPPC criteria with the source's explanation, what the text check found (with a hint on
 * how to fix it), and the pair's own confirmation. Updated while typing.
 */
export function TeppcPanel({ criteria, checks, register, errors, onChange, initial }: Props) {
  const t = useTranslations('goals.teppc');
  const errorText = useMessageText();
  return (
    <fieldset className="rounded-lg border border-brand-100 p-3">
      <legend className="px-1 font-bold text-brand-800">{t('legend')}</legend>
      <p className="text-sm text-gray-700">{t('intro')}</p>
      <ul className="mt-3 grid gap-3">
        {criteria.map((criterion) => {
          const check = checks.find((c) => c.key === criterion.key);
          const passed = check?.passed ?? false;
          return (
            <li key={criterion.key} className={`rounded-md border p-3 ${check?.problem ? 'border-amber-600 bg-amber-50' : 'border-gray-200 bg-white'}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="font-semibold">
                  {criterion.label} <span className="font-normal text-gray-700">— „{criterion.explanation}”</span>
                </p>
                <span className={`text-sm font-semibold ${passed ? 'text-brand-800' : 'text-gray-700'}`}>
                  <span aria-hidden="true">{passed ? '✓ ' : '○ '}</span>
                  {passed ? t('passed') : t('notYet')}
                </span>
              </div>
              {check?.problem ? (
                <p className="mt-1 text-sm font-medium text-amber-900" aria-live="polite">
                  {t(`problems.${check.problem}`, { phrases: check.matches.map((m) => `„${m}”`).join(', ') })}
                </p>
              ) : null}
              <div className="mt-2">
                <CheckboxField label={t('confirm', { label: criterion.label })} error={errorText(errors[criterion.key])} defaultChecked={initial[criterion.key]} {...register(`confirmations.${criterion.key}`, { onChange })} />
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
