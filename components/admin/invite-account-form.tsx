'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { FormAlert } from '@/components/forms/form-alert';
import { SubmitButton } from '@/components/forms/submit-button';
import { useServerForm } from '@/components/forms/use-server-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { inviteAccount } from '@/lib/admin/accounts/actions';
import { inviteAccountSchema, type InviteAccountInput } from '@/lib/admin/accounts/schema';
import { InvitationLink } from './invitation-link';
import { RoleScopeFields } from './role-scope-fields';

const empty: InviteAccountInput = { email: '', name: '', role: 'TEACHER', coordinatorScope: 'ALL', schoolIds: [] };

/** Creates an account as an invitation, then shows its one-time link (once). */
export function InviteAccountForm({ schools }: { schools: { id: string; name: string }[] }) {
  const t = useTranslations('admin.accounts');
  const text = useMessageText();
  const [invited, setInvited] = useState<{ id: string; email: string; path: string } | null>(null);
  const { form, submit, formError } = useServerForm<InviteAccountInput, { id: string; email: string; path: string }>({
    schema: inviteAccountSchema,
    defaultValues: empty,
    action: inviteAccount,
    onSuccess: (data) => {
      setInvited(data);
      form.reset(empty);
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  if (invited) {
    return (
      <div className="flex max-w-2xl flex-col gap-4">
        <InvitationLink path={invited.path} email={invited.email} heading={t('invited', { email: invited.email })} />
        <div className="flex flex-wrap gap-3">
          <Button type="button" variant="secondary" onClick={() => setInvited(null)}>
            {t('inviteAnother')}
          </Button>
          <Link href={`/beheer/accounts/${invited.id}`} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
            {t('toAccount')}
          </Link>
          <Link href="/beheer/accounts" className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
            {t('toList')}
          </Link>
        </div>
      </div>
    );
  }

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate className="flex max-w-xl flex-col gap-4">
        <FormAlert error={formError} />
        <TextField label={t('email')} type="email" autoComplete="off" maxLength={254} error={text(errors.email?.message)} {...register('email')} />
        <TextField label={t('name')} autoComplete="off" maxLength={120} error={text(errors.name?.message)} {...register('name')} />
        <RoleScopeFields schools={schools} />
        <div>
          <SubmitButton pending={isSubmitting} label={t('invite')} pendingLabel={t('inviting')} />
        </div>
      </form>
    </FormProvider>
  );
}
