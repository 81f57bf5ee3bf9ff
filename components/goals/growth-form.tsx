'use client';

import { useTranslations } from 'next-intl';
import { FormFooter } from '@/components/forms/form-footer';
import { useActionForm } from '@/components/forms/use-action-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { TextAreaField } from '@/components/ui/field';
import { saveGrowth } from '@/lib/learning-goals/actions';
import { growthSchema } from '@/lib/learning-goals/schema';
import { LONG_TEXT_MAX } from '@/lib/pupils/schema-parts';

/** Lesson 7: marking growth, to be celebrated in lesson 8. */
export function GrowthForm({ classId, pupilId, alias, values, version }: { classId: string; pupilId: string; alias: string; values: { growth: string }; version: string }) {
  const t = useTranslations('goals.growth');
  const errorText = useMessageText();
  const { form, submit, messages, saved, pending, clearSaved } = useActionForm({
    schema: growthSchema,
    defaultValues: { pupilId, ...values, version },
    fields: ['growth'],
    action: (input) => saveGrowth(classId, input),
    onSuccess: (data, _values, f) => f.setValue('version', data.version),
  });
  const {
    register,
    formState: { errors },
  } = form;
  return (
    <form onSubmit={submit} noValidate aria-busy={pending} className="flex flex-col gap-3">
      <TextAreaField label={t('label', { alias })} hint={t('hint')} rows={4} maxLength={LONG_TEXT_MAX} error={errorText(errors.growth?.message)} defaultValue={values.growth} {...register('growth', { onChange: clearSaved })} />
      <FormFooter pending={pending} label={t('submit')} pendingLabel={t('submitting')} variant="secondary" messages={messages} saved={saved} />
    </form>
  );
}
