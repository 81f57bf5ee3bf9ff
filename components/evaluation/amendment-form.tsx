'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { addAmendment } from '@/lib/evaluation/actions';
import { amendmentSchema, MAX_AMENDMENT, type AmendmentInput } from '@/lib/evaluation/schema';
import { applyFieldErrors } from './server-errors';

/** A later addition to a submitted evaluation, shown under the question it belongs to. */
export function AmendmentForm({ evaluationId, questions }: { evaluationId: string; questions: { number: number; key: string }[] }) {
  const t = useTranslations('evaluation');
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AmendmentInput>({ resolver: zodResolver(amendmentSchema), defaultValues: { evaluationId, questionKey: 'general', text: '' } });

  const onSubmit = async (values: AmendmentInput) => {
    setFormError(null);
    setSaved(false);
    const result = await addAmendment(values).catch(() => null);
    if (!result) return setFormError(t('networkError'));
    if (!result.ok) {
      setFormError(result.formError ?? null);
      applyFieldErrors(setError, result.fieldErrors, ['questionKey', 'text']);
      return;
    }
    reset({ evaluationId, questionKey: values.questionKey, text: '' });
    setSaved(true);
    router.refresh();
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="no-print flex flex-col gap-3 rounded-lg border border-brand-100 bg-white p-5" aria-labelledby="amend-title">
      <h3 id="amend-title" className="text-lg font-bold text-brand-800">
        {t('amendTitle')}
      </h3>
      <p className="text-gray-700">{t('amendIntro')}</p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <SelectField label={t('amendQuestion')} error={errors.questionKey?.message} {...register('questionKey')}>
        {questions.map((q) => (
          <option key={q.key} value={q.key}>
            {t('question', { number: q.number })}
          </option>
        ))}
        <option value="general">{t('amendGeneral')}</option>
      </SelectField>
      <TextAreaField label={t('amendText')} maxLength={MAX_AMENDMENT} error={errors.text?.message} {...register('text', { onChange: () => setSaved(false) })} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {t('amendSubmit')}
        </Button>
        {saved ? (
          <p role="status" className="font-medium text-brand-800">
            {t('amendSaved')}
          </p>
        ) : null}
      </div>
    </form>
  );
}
