'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormAlert } from '@/components/forms/form-alert';
import { SubmitButton } from '@/components/forms/submit-button';
import { useServerForm } from '@/components/forms/use-server-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { Alert } from '@/components/ui/alert';
import { TextField } from '@/components/ui/field';
import { acceptInvitation } from '@/lib/auth/invitation-actions';
import { setPasswordSchema, type SetPasswordInput } from '@/lib/auth/set-password-schema';

/**
 * Sets the password through the one-time link, then signs in with it and goes to the role's
 * start page. Should signing in fail after the password was saved, the person is told to log in.
 */
export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('auth');
  const router = useRouter();
  const text = useMessageText();
  const [savedButNotSignedIn, setSavedButNotSignedIn] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const { form, submit, formError } = useServerForm<SetPasswordInput, { email: string }>({
    schema: setPasswordSchema,
    defaultValues: { token, password: '', repeatPassword: '' },
    action: acceptInvitation,
    onSuccess: async ({ email }, values) => {
      const result = await signIn('credentials', { email, password: values.password, redirect: false }).catch(() => undefined);
      // A full navigation, so the signed-in layout renders with the new session cookie.
      if (result?.ok && !result.error) {
        setLeaving(true);
        // Replace: the used link should not be where "back" leads.
        router.replace('/start');
      } else {
        setSavedButNotSignedIn(true);
      }
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  if (savedButNotSignedIn) {
    return (
      <Alert tone="success">
        {t('passwordSaved')}{' '}
        <a href="/login" className="font-semibold underline">
          {t('submit')}
        </a>
      </Alert>
    );
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="mt-6 flex flex-col gap-4">
      <FormAlert error={formError} />
      <TextField
        label={t('newPassword')}
        hint={t('newPasswordHint')}
        type="password"
        autoComplete="new-password"
        error={text(errors.password?.message)}
        {...register('password')}
      />
      <TextField label={t('repeatPassword')} type="password" autoComplete="new-password" error={text(errors.repeatPassword?.message)} {...register('repeatPassword')} />
      <div>
        <SubmitButton pending={isSubmitting || leaving} label={t('savePassword')} pendingLabel={t('savingPassword')} />
      </div>
    </form>
  );
}
