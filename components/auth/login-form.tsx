'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { LOGIN_ERRORS, loginSchema, type LoginInput } from '@/lib/auth/login-schema';

export function LoginForm({ next }: { next: string }) {
  const t = useTranslations('auth');
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<LoginInput>({ resolver: zodResolver(loginSchema), defaultValues: { email: '', password: '' } });

  async function onSubmit(values: LoginInput) {
    setFormError(null);
    const result = await signIn('credentials', { ...values, redirect: false }).catch(() => undefined);
    if (result?.ok && !result.error) {
      // A full navigation, so the signed-in layout renders with the new session cookie.
      window.location.assign(next);
      return;
    }
    const code = result?.error;
    setFormError(code === LOGIN_ERRORS.throttled ? t('throttled') : code === LOGIN_ERRORS.invalid ? t('invalid') : t('unknownError'));
    setFocus('password');
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="mt-6 flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField label={t('email')} type="email" autoComplete="username" error={errors.email?.message} {...register('email')} />
      <TextField label={t('password')} type="password" autoComplete="current-password" error={errors.password?.message} {...register('password')} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
