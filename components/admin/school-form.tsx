'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormAlert } from '@/components/forms/form-alert';
import { SubmitButton } from '@/components/forms/submit-button';
import { useServerForm } from '@/components/forms/use-server-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { SelectField, TextField } from '@/components/ui/field';
import { createSchool, updateSchool } from '@/lib/admin/schools/actions';
import { createSchoolSchema, schoolKinds, updateSchoolSchema, type CreateSchoolInput, type UpdateSchoolInput } from '@/lib/admin/schools/schema';

type Props = { school?: undefined } | { school: UpdateSchoolInput };

/** Adds a school, or edits one when given. */
export function SchoolForm({ school }: Props) {
  const t = useTranslations('admin.schools');
  const tForms = useTranslations('forms');
  const text = useMessageText();
  const [success, setSuccess] = useState<string | null>(null);
  const editing = school !== undefined;
  const empty: CreateSchoolInput = { name: '', kind: 'SO', city: '' };
  const { form, submit, formError } = useServerForm<CreateSchoolInput | UpdateSchoolInput, { id: string }>({
    schema: editing ? updateSchoolSchema : createSchoolSchema,
    defaultValues: school ?? empty,
    action: editing ? updateSchool : createSchool,
    onSuccess: (_data, values) => {
      setSuccess(editing ? tForms('saved') : t('created', { name: values.name.trim() }));
      if (!editing) form.reset(empty);
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <form onSubmit={(event) => { setSuccess(null); void submit(event); }} noValidate className="flex max-w-xl flex-col gap-4">
      <FormAlert
        error={formError}
        success={
          success ? (
            <>
              {success}{' '}
              <Link href="/beheer/scholen" className="font-semibold underline">
                {t('toList')}
              </Link>
            </>
          ) : null
        }
      />
      <TextField label={t('name')} autoComplete="off" maxLength={120} error={text(errors.name?.message)} {...register('name')} />
      <SelectField label={t('kind')} error={text(errors.kind?.message)} {...register('kind')}>
        {schoolKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <TextField label={t('city')} autoComplete="off" maxLength={80} error={text(errors.city?.message)} {...register('city')} />
      <div>
        <SubmitButton pending={isSubmitting} label={editing ? tForms('saveChanges') : t('create')} pendingLabel={tForms('saving')} />
      </div>
    </form>
  );
}
