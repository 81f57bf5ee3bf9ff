'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { FormAlert } from '@/components/forms/form-alert';
import { SubmitButton } from '@/components/forms/submit-button';
import { useServerForm } from '@/components/forms/use-server-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { TextField } from '@/components/ui/field';
import { updateAccount } from '@/lib/admin/accounts/actions';
import { updateAccountSchema, type UpdateAccountInput } from '@/lib/admin/accounts/schema';
import { RoleScopeFields } from './role-scope-fields';

/** Edits an account's name, role and (coordinators) schools. The e-mail address stays. */
export function AccountForm({ account, schools, isSelf }: { account: UpdateAccountInput; schools: { id: string; name: string }[]; isSelf: boolean }) {
  const t = useTranslations('admin.accounts');
  const tForms = useTranslations('forms');
  const text = useMessageText();
  const [saved, setSaved] = useState(false);
  const { form, submit, formError } = useServerForm<UpdateAccountInput, { id: string }>({
    schema: updateAccountSchema,
    defaultValues: account,
    action: updateAccount,
    onSuccess: (_data, values) => {
      setSaved(true);
      form.reset(values);
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => { setSaved(false); void submit(event); }} noValidate className="flex max-w-xl flex-col gap-4">
        <FormAlert error={formError} success={saved ? tForms('saved') : null} />
        <TextField label={t('name')} autoComplete="off" maxLength={120} error={text(errors.name?.message)} {...register('name')} />
        <RoleScopeFields schools={schools} roleLocked={isSelf} roleHint={isSelf ? t('ownRoleHint') : undefined} />
        <div>
          <SubmitButton pending={isSubmitting} label={tForms('saveChanges')} pendingLabel={tForms('saving')} />
        </div>
      </form>
    </FormProvider>
  );
}
