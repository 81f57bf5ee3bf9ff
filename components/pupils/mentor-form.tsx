'use client';

import { useTranslations } from 'next-intl';
import { FormFooter } from '@/components/forms/form-footer';
import { useActionForm } from '@/components/forms/use-action-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { TextAreaField, TextField } from '@/components/ui/field';
import { saveMentor } from '@/lib/pupils/actions';
import { mentorSchema } from '@/lib/pupils/schema';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '@/lib/pupils/schema-parts';

interface Props {
  classId: string;
  pupilId: string;
  mentor: { who: string; contact: string | null; note: string | null } | null;
  version: string;
}

export function MentorForm({ classId, pupilId, mentor, version }: Props) {
  const t = useTranslations('pupils.mentor');
  const errorText = useMessageText();
  const { form, submit, messages, saved, pending, clearSaved } = useActionForm({
    schema: mentorSchema,
    defaultValues: { pupilId, who: mentor?.who ?? '', contact: mentor?.contact ?? '', note: mentor?.note ?? '', version },
    fields: ['who', 'contact', 'note'],
    action: (values) => saveMentor(classId, values),
    // The next save is based on what was just stored.
    onSuccess: (data, _values, f) => f.setValue('version', data.version),
  });
  const {
    register,
    formState: { errors },
  } = form;
  return (
    <form onSubmit={submit} noValidate aria-busy={pending} className="flex flex-col gap-3">
      <TextField label={t('who')} hint={t('whoHint')} maxLength={SHORT_TEXT_MAX} autoComplete="off" error={errorText(errors.who?.message)} defaultValue={mentor?.who ?? ''} {...register('who', { onChange: clearSaved })} />
      <TextField label={t('contact')} hint={t('contactHint')} maxLength={SHORT_TEXT_MAX} autoComplete="off" error={errorText(errors.contact?.message)} defaultValue={mentor?.contact ?? ''} {...register('contact', { onChange: clearSaved })} />
      <TextAreaField label={t('note')} rows={2} maxLength={LONG_TEXT_MAX} error={errorText(errors.note?.message)} defaultValue={mentor?.note ?? ''} {...register('note', { onChange: clearSaved })} />
      <FormFooter pending={pending} label={t('submit')} pendingLabel={t('submitting')} variant="secondary" messages={messages} saved={saved} />
    </form>
  );
}
