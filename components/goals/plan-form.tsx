'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormFeedback } from '@/components/forms/form-feedback';
import { useActionForm } from '@/components/forms/use-action-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import { savePlan } from '@/lib/learning-goals/actions';
import { planSchema, type PlanInput } from '@/lib/learning-goals/schema';
import { CRITERION_KEYS, checkPlan, type Confirmations } from '@/lib/learning-goals/teppc';
import { LONG_TEXT_MAX } from '@/lib/pupils/schema-parts';
import { TeppcPanel, type CriterionText } from './teppc-panel';

type TextField = 'planWhat' | 'planWhen' | 'planHow' | 'helpers' | 'motivators' | 'saboteurs';
const textFields: TextField[] = ['planWhat', 'planWhen', 'planHow', 'helpers', 'motivators', 'saboteurs'];

interface Props {
  classId: string;
  pupilId: string;
  alias: string;
  mindMapGoal: string;
  values: Record<TextField, string> & { confirmations: Confirmations };
  version: string;
  criteria: CriterionText[];
}

/**
 * Lesson 5: the concrete plan (what, when, how; who can help; motivators and saboteurs), checked
 * against TEPPC. "Opslaan als concept" always saves; "Plan klaar" only when all five criteria pass.
 */
export function PlanForm({ classId, pupilId, alias, mindMapGoal, values, version, criteria }: Props) {
  const t = useTranslations('goals.plan');
  const errorText = useMessageText();
  const [ready, setReady] = useState(false);
  const { form, submit, messages, saved, pending, clearSaved } = useActionForm({
    schema: planSchema,
    defaultValues: { pupilId, ...values, intent: 'draft', version } satisfies PlanInput,
    fields: [...textFields, ...CRITERION_KEYS.map((key) => `confirmations.${key}` as const)],
    action: (input) => savePlan(classId, input),
    onSuccess: (data, _values, f) => {
      setReady(data.ready);
      f.setValue('version', data.version);
    },
  });
  const {
    register,
    watch,
    setValue,
    formState: { errors },
  } = form;
  const onChange = () => {
    clearSaved();
    setReady(false);
  };
  const check = checkPlan({ planWhat: watch('planWhat') ?? '', planWhen: watch('planWhen') ?? '' }, watch('confirmations') ?? {});
  const confirmationErrors = Object.fromEntries(CRITERION_KEYS.map((key) => [key, errors.confirmations?.[key]?.message]));

  return (
    <form onSubmit={submit} noValidate aria-busy={pending} className="flex flex-col gap-4">
      {mindMapGoal ? (
        <p className="rounded-md bg-brand-50 p-3">
          <span className="font-semibold">{t('fromMindMap')}</span> {mindMapGoal}
        </p>
      ) : (
        <p className="text-sm text-gray-700">{t('noMindMap')}</p>
      )}
      <div className="grid gap-3 md:grid-cols-2">
        {textFields.map((field) => (
          <TextAreaField
            key={field}
            label={t(`fields.${field}.label`, { alias })}
            hint={t(`fields.${field}.hint`)}
            rows={field === 'planWhen' ? 2 : 3}
            maxLength={LONG_TEXT_MAX}
            error={errorText(errors[field]?.message)}
            defaultValue={values[field]}
            {...register(field, { onChange })}
          />
        ))}
      </div>
      <TeppcPanel criteria={criteria} checks={check.criteria} register={register} errors={confirmationErrors} onChange={onChange} initial={values.confirmations} />
      <p className="font-semibold" aria-live="polite">
        {check.allPassed ? t('allPassed') : t('notAllPassed', { count: check.criteria.filter((c) => !c.passed).length })}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="secondary" disabled={pending} onClick={() => setValue('intent', 'draft')}>
          {pending ? t('submitting') : t('saveDraft')}
        </Button>
        <Button type="submit" disabled={pending} onClick={() => setValue('intent', 'ready')}>
          {pending ? t('submitting') : t('markReady')}
        </Button>
      </div>
      <FormFeedback messages={messages} saved={saved} savedText={ready ? t('savedReady') : t('savedDraft')} />
    </form>
  );
}
