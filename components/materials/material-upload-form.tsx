'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, useTransition, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { uploadMaterial, type UploadedMaterial } from '@/lib/materials/actions';
import { MATERIAL_FILE_ACCEPT, MAX_MATERIAL_BYTES } from '@/lib/materials/limits';
import { fail, type ActionResult } from '@/lib/result';

interface Props {
  lessonNumber: number;
  materialNumber: number;
  hasFile: boolean;
}

/**
 * Upload (or replace) one material's file. The form is not reset on failure, so the chosen file
 * stays selected for another try; the size is checked here first, because a body over the
 * server's limit never reaches the action and would fail without a useful message.
 */
export function MaterialUploadForm({ lessonNumber, materialNumber, hasFile }: Props) {
  const t = useTranslations('programme.upload');
  const id = useId();
  const inputId = `${id}-bestand`;
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<UploadedMaterial> | null>(null);
  const [sending, setSending] = useState('');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const formData = new FormData(form);
    const file = formData.get('file');
    if (!(file instanceof File) || file.size === 0) return setResult(fail(t('errors.noFile'), { file: [t('errors.noFile')] }));
    if (file.size > MAX_MATERIAL_BYTES) return setResult(fail(t('errors.tooLarge'), { file: [t('errors.tooLarge')] }));
    setResult(null);
    setSending(file.name);
    startTransition(async () => {
      let outcome: ActionResult<UploadedMaterial>;
      try {
        outcome = await uploadMaterial(formData);
      } catch {
        // The request itself failed (connection, server limit): the action never answered.
        outcome = fail(t('errors.failed'));
      }
      // Inside the transition, so the message shows together with the refreshed upload state.
      startTransition(() => {
        setResult(outcome);
        if (outcome.ok) form.reset();
      });
    });
  }

  const fieldError = result && !result.ok ? result.fieldErrors?.file?.[0] : undefined;
  const formError = result && !result.ok && !fieldError ? (result.fieldErrors?.materialNumber?.[0] ?? result.fieldErrors?.lessonNumber?.[0] ?? result.formError) : undefined;
  const describedBy = [`${id}-hint`, fieldError ? `${id}-fout` : null].filter(Boolean).join(' ');

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={pending} className="mt-3 flex flex-col gap-3">
      <input type="hidden" name="lessonNumber" value={lessonNumber} />
      <input type="hidden" name="materialNumber" value={materialNumber} />
      <div className="flex flex-col gap-1">
        <label htmlFor={inputId} className="font-semibold">
          {t('fileLabel', { number: materialNumber })}
        </label>
        <p id={`${id}-hint`} className="text-sm text-gray-700">
          {t('hint')} {hasFile ? t('replaceHint') : null}
        </p>
        <input
          id={inputId}
          name="file"
          type="file"
          accept={MATERIAL_FILE_ACCEPT}
          disabled={pending}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={describedBy}
          className="w-full max-w-md rounded-md border border-gray-400 bg-white p-2 text-base file:mr-3 file:min-h-9 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:font-semibold file:text-brand-800"
        />
        {fieldError ? (
          <p id={`${id}-fout`} role="alert" className="text-sm font-medium text-red-700">
            {fieldError}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t('submitting') : t('submit')}
        </Button>
        {pending ? <progress aria-label={t('progress', { fileName: sending })} className="h-2 w-40 accent-brand-600" /> : null}
      </div>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {result?.ok ? <Alert tone="success">{t('success', { fileName: result.data.fileName, material: result.data.materialNumber, lesson: result.data.lessonNumber })}</Alert> : null}
    </form>
  );
}
