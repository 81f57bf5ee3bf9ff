'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormFeedback } from '@/components/forms/form-feedback';
import { useActionForm } from '@/components/forms/use-action-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { addPupil } from '@/lib/pupils/actions';
import { addPupilSchema } from '@/lib/pupils/schema';
import { ALIAS_MAX } from '@/lib/pupils/schema-parts';

export function AddPupilForm({ classId }: { classId: string }) {
  const t = useTranslations('pupils.add');
  const errorText = useMessageText();
  const [added, setAdded] = useState<{ alias: string; code: string } | null>(null);
  const { form, submit, messages, saved, pending } = useActionForm({
    schema: addPupilSchema,
    defaultValues: { alias: '' },
    fields: ['alias'],
    action: (values) => addPupil(classId, values),
    afterSuccess: 'clear',
    onSuccess: (data, values, f) => {
      setAdded({ alias: values.alias, code: data.code });
      f.setFocus('alias');
    },
  });
  const {
    register,
    formState: { errors },
  } = form;

  return (
    <form onSubmit={submit} noValidate aria-busy={pending} className="flex flex-col gap-3">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="sm:w-80">
          <TextField label={t('alias')} hint={t('aliasHint', { max: ALIAS_MAX })} maxLength={ALIAS_MAX} autoComplete="off" error={errorText(errors.alias?.message)} {...register('alias', { onChange: () => setAdded(null) })} />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? t('submitting') : t('submit')}
        </Button>
      </div>
      <FormFeedback messages={messages} saved={saved && added !== null} savedText={added ? t('added', added) : undefined} />
    </form>
  );
}
