'use client';

import { useTranslations } from 'next-intl';
import { FormFooter } from '@/components/forms/form-footer';
import { useActionForm } from '@/components/forms/use-action-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { TextField } from '@/components/ui/field';
import { renamePupil } from '@/lib/pupils/actions';
import { renamePupilSchema } from '@/lib/pupils/schema';
import { ALIAS_MAX } from '@/lib/pupils/schema-parts';

export function RenamePupilForm({ classId, pupilId, alias }: { classId: string; pupilId: string; alias: string }) {
  const t = useTranslations('pupils.rename');
  const errorText = useMessageText();
  const { form, submit, messages, saved, pending, clearSaved } = useActionForm({
    schema: renamePupilSchema,
    defaultValues: { pupilId, alias },
    fields: ['alias'],
    action: (values) => renamePupil(classId, values),
  });
  const {
    register,
    formState: { errors },
  } = form;
  return (
    <form onSubmit={submit} noValidate aria-busy={pending} className="flex flex-col gap-3">
      <TextField label={t('alias')} hint={t('aliasHint', { max: ALIAS_MAX })} maxLength={ALIAS_MAX} autoComplete="off" error={errorText(errors.alias?.message)} defaultValue={alias} {...register('alias', { onChange: clearSaved })} />
      <FormFooter pending={pending} label={t('submit')} pendingLabel={t('submitting')} variant="secondary" messages={messages} saved={saved} />
    </form>
  );
}
