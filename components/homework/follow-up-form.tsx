'use client';

import { useTranslations } from 'next-intl';
import { FormFooter } from '@/components/forms/form-footer';
import { useActionForm } from '@/components/forms/use-action-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { TextAreaField, TextField } from '@/components/ui/field';
import { recordFollowUp } from '@/lib/homework/actions';
import { followUpSchema } from '@/lib/homework/schema';
import { LONG_TEXT_MAX } from '@/lib/pupils/schema-parts';

interface Props {
  classId: string;
  assignmentId: string;
  stepKey: string;
  today: string;
  /** Names the step for screen readers, e.g. "Daan: hulpverlener neemt contact op met de mentor". */
  stepLabel: string;
}

/** Records a follow-up step as done by the signed-in user; once stored, the step leaves today's list. */
export function FollowUpForm({ classId, assignmentId, stepKey, today, stepLabel }: Props) {
  const t = useTranslations('homework.followUp');
  const errorText = useMessageText();
  const { form, submit, messages, saved, pending } = useActionForm({
    schema: followUpSchema,
    defaultValues: { assignmentId, stepKey, doneOn: today, note: '' },
    fields: ['doneOn', 'note'],
    action: (values) => recordFollowUp(classId, values),
  });
  const {
    register,
    formState: { errors },
  } = form;
  return (
    <form onSubmit={submit} noValidate aria-busy={pending} aria-label={t('formLabel', { step: stepLabel })} className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <TextField type="date" label={t('doneOn')} max={today} defaultValue={today} error={errorText(errors.doneOn?.message)} {...register('doneOn')} />
        <TextAreaField label={t('note')} hint={t('noteHint')} rows={2} maxLength={LONG_TEXT_MAX} error={errorText(errors.note?.message)} {...register('note')} />
      </div>
      <FormFooter pending={pending} label={t('submit')} pendingLabel={t('submitting')} messages={messages} saved={saved} savedText={t('done')} />
    </form>
  );
}
