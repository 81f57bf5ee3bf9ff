'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyFieldErrors } from '@/components/evaluation/server-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { saveCelebration } from '@/lib/celebration/actions';
import { celebrationSchema, MAX_CELEBRATION_TEXT, type CelebrationInput } from '@/lib/celebration/schema';

const FIELDS = ['selfRatingStart', 'selfRatingNow', 'proudest', 'keepGoing'] as const;
const ratings = Array.from({ length: 10 }, (_, i) => i + 1);
const toRating = (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value));

/** One pupil's lesson 8: the scale question now and at the start, proudest, keeping going. */
export function CelebrationForm({ pupilId, alias, initial, version }: { pupilId: string; alias: string; initial: Omit<CelebrationInput, 'pupilId' | 'version'>; version: string }) {
  const t = useTranslations('celebrate');
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<CelebrationInput>({ resolver: zodResolver(celebrationSchema), defaultValues: { pupilId, version, ...initial } });

  const onSubmit = async (values: CelebrationInput) => {
    setFormError(null);
    setSaved(false);
    const result = await saveCelebration(values).catch(() => null);
    if (!result) return setFormError(t('networkError'));
    if (!result.ok) {
      setFormError(result.formError ?? null);
      applyFieldErrors(setError, result.fieldErrors, FIELDS);
      return;
    }
    setValue('version', result.data.version);
    setSaved(true);
  };
  const clearSaved = () => setSaved(false);

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label={alias} className="flex flex-col gap-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <p className="text-sm text-gray-700">{t('ratingHint')}</p>
      <div className="grid items-end gap-3 sm:grid-cols-2">
        <SelectField label={t('ratingStart')} error={errors.selfRatingStart?.message} {...register('selfRatingStart', { setValueAs: toRating, onChange: clearSaved })}>
          <option value="">{t('ratingChoose')}</option>
          {ratings.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('ratingNow')} error={errors.selfRatingNow?.message} {...register('selfRatingNow', { setValueAs: toRating, onChange: clearSaved })}>
          <option value="">{t('ratingChoose')}</option>
          {ratings.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField label={t('proudest')} rows={2} maxLength={MAX_CELEBRATION_TEXT} error={errors.proudest?.message} {...register('proudest', { onChange: clearSaved })} />
      <TextAreaField label={t('keepGoing')} rows={2} maxLength={MAX_CELEBRATION_TEXT} error={errors.keepGoing?.message} {...register('keepGoing', { onChange: clearSaved })} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t('saving') : t('save')}
          <span className="sr-only"> {alias}</span>
        </Button>
        {saved ? (
          <p role="status" className="font-medium text-brand-800">
            {t('saved')}
          </p>
        ) : null}
      </div>
    </form>
  );
}
