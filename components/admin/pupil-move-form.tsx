'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormAlert } from '@/components/forms/form-alert';
import { SubmitButton } from '@/components/forms/submit-button';
import { useServerForm } from '@/components/forms/use-server-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { SelectField, TextField } from '@/components/ui/field';
import { movePupil } from '@/lib/admin/pupils/actions';
import { movePupilSchema, type MovePupilInput } from '@/lib/admin/pupils/schema';

interface SchoolClasses {
  schoolName: string;
  classes: { id: string; label: string }[];
}

/** Moves a pupil, by code, to another class of the same school. */
export function PupilMoveForm({ schools }: { schools: SchoolClasses[] }) {
  const t = useTranslations('admin.pupils');
  const text = useMessageText();
  const [success, setSuccess] = useState<string | null>(null);
  const { form, submit, formError } = useServerForm<MovePupilInput, { code: string; classId: string }>({
    schema: movePupilSchema,
    defaultValues: { code: '', classId: '' },
    action: movePupil,
    onSuccess: (data) => {
      const target = schools.flatMap((s) => s.classes.map((c) => ({ ...c, schoolName: s.schoolName }))).find((c) => c.id === data.classId);
      setSuccess(t('moved', { code: data.code, className: target ? `${target.label}, ${target.schoolName}` : '' }));
      form.reset({ code: '', classId: '' });
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <form onSubmit={(event) => { setSuccess(null); void submit(event); }} noValidate className="flex flex-col gap-4">
      <FormAlert error={formError} success={success} />
      <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
        <TextField label={t('code')} hint={t('codeHint')} autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={10} error={text(errors.code?.message)} {...register('code')} />
        <SelectField label={t('targetClass')} error={text(errors.classId?.message)} {...register('classId')}>
          <option value="">{t('chooseClass')}</option>
          {schools.map((school) => (
            <optgroup key={school.schoolName} label={school.schoolName}>
              {school.classes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
      </div>
      <div>
        <SubmitButton pending={isSubmitting} label={t('move')} pendingLabel={t('moving')} />
      </div>
    </form>
  );
}
