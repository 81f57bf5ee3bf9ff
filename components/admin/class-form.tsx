'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormAlert } from '@/components/forms/form-alert';
import { SubmitButton } from '@/components/forms/submit-button';
import { useServerForm } from '@/components/forms/use-server-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { SelectField, TextField } from '@/components/ui/field';
import { createClass, updateClass } from '@/lib/admin/classes/actions';
import { createClassSchema, updateClassSchema, type CreateClassInput, type UpdateClassInput } from '@/lib/admin/classes/schema';

interface Props {
  schools: { id: string; name: string }[];
  /** The class to edit; without it the form adds a class. */
  schoolClass?: UpdateClassInput;
  /** Prefilled for a new class: the current school year. */
  defaultSchoolYear: string;
}

export function ClassForm({ schools, schoolClass, defaultSchoolYear }: Props) {
  const t = useTranslations('admin.classes');
  const tForms = useTranslations('forms');
  const text = useMessageText();
  const [success, setSuccess] = useState<string | null>(null);
  const editing = schoolClass !== undefined;
  const empty: CreateClassInput = { schoolId: schools.length === 1 ? schools[0]!.id : '', name: '', schoolYear: defaultSchoolYear, ageRange: '' };
  const { form, submit, formError } = useServerForm<CreateClassInput | UpdateClassInput, { id: string }>({
    schema: editing ? updateClassSchema : createClassSchema,
    defaultValues: schoolClass ?? empty,
    action: editing ? updateClass : createClass,
    onSuccess: (_data, values) => {
      setSuccess(editing ? tForms('saved') : t('created', { name: values.name.trim() }));
      // Keep school and year: the next class is often one of the same school and year.
      if (!editing) form.reset({ ...empty, schoolId: values.schoolId, schoolYear: values.schoolYear });
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
              <Link href="/beheer/klassen" className="font-semibold underline">
                {t('toList')}
              </Link>
            </>
          ) : null
        }
      />
      <SelectField label={t('school')} error={text(errors.schoolId?.message)} {...register('schoolId')}>
        <option value="">{t('chooseSchool')}</option>
        {schools.map((school) => (
          <option key={school.id} value={school.id}>
            {school.name}
          </option>
        ))}
      </SelectField>
      <TextField label={t('name')} hint={t('nameHint')} autoComplete="off" maxLength={80} error={text(errors.name?.message)} {...register('name')} />
      <TextField label={t('schoolYear')} hint={t('schoolYearHint')} autoComplete="off" inputMode="numeric" maxLength={9} error={text(errors.schoolYear?.message)} {...register('schoolYear')} />
      <TextField label={t('ageRange')} hint={t('ageRangeHint')} autoComplete="off" maxLength={40} error={text(errors.ageRange?.message)} {...register('ageRange')} />
      <div>
        <SubmitButton pending={isSubmitting} label={editing ? tForms('saveChanges') : t('create')} pendingLabel={tForms('saving')} />
      </div>
    </form>
  );
}
