'use client';

import { useTranslations } from 'next-intl';
import { FormFooter } from '@/components/forms/form-footer';
import { useActionForm } from '@/components/forms/use-action-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { TextField } from '@/components/ui/field';
import { saveTalents } from '@/lib/learning-goals/actions';
import { talentsSchema } from '@/lib/learning-goals/schema';
import { SHORT_TEXT_MAX } from '@/lib/pupils/schema-parts';

const places = ['gold', 'silver', 'bronze'] as const;

/** Lesson 2: the pupil's top 3 talents (goud, zilver, brons), for the certificate. */
export function TalentsForm({ classId, pupilId, values, version }: { classId: string; pupilId: string; values: Record<(typeof places)[number], string>; version: string }) {
  const t = useTranslations('goals.talents');
  const errorText = useMessageText();
  const { form, submit, messages, saved, pending, clearSaved } = useActionForm({
    schema: talentsSchema,
    defaultValues: { pupilId, ...values, version },
    fields: places,
    action: (input) => saveTalents(classId, input),
    onSuccess: (data, _values, f) => f.setValue('version', data.version),
  });
  const {
    register,
    formState: { errors },
  } = form;
  return (
    <form onSubmit={submit} noValidate aria-busy={pending} className="flex flex-col gap-3">
      <div className="grid gap-3 md:grid-cols-3">
        {places.map((place) => (
          <TextField key={place} label={t(place)} maxLength={SHORT_TEXT_MAX} autoComplete="off" defaultValue={values[place]} error={errorText(errors[place]?.message)} {...register(place, { onChange: clearSaved })} />
        ))}
      </div>
      <FormFooter pending={pending} label={t('submit')} pendingLabel={t('submitting')} variant="secondary" messages={messages} saved={saved} />
    </form>
  );
}
