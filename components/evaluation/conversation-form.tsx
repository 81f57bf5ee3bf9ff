'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { saveConversation } from '@/lib/conversations/actions';
import { conversationSchema, MAX_CONVERSATION_TEXT, type ConversationInput } from '@/lib/conversations/schema';
import { applyFieldErrors } from './server-errors';

const FIELDS = ['pupilId', 'heldOn', 'talkedById', 'said', 'agreements'] as const;

/** Adds a conversation note, or changes one (then `initial` holds it, with the version it was loaded at). */
export function ConversationForm({
  planId,
  title,
  initial,
  pupils,
  team,
  onDone,
}: {
  planId: string;
  title: string;
  initial: ConversationInput;
  pupils: { id: string; alias: string }[];
  team: { id: string; name: string; role: string }[];
  onDone: () => void;
}) {
  const t = useTranslations('evaluation');
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ConversationInput>({ resolver: zodResolver(conversationSchema), defaultValues: { ...initial, planId } });

  const onSubmit = async (values: ConversationInput) => {
    setFormError(null);
    const result = await saveConversation(values).catch(() => null);
    if (!result) return setFormError(t('networkError'));
    if (!result.ok) {
      setFormError(result.formError ?? null);
      applyFieldErrors(setError, result.fieldErrors, FIELDS);
      return;
    }
    onDone();
    router.refresh();
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label={title} className="flex flex-col gap-3 rounded-md border border-brand-100 bg-brand-50/40 p-4">
      <h4 className="font-bold text-brand-800">{title}</h4>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField label={t('conversationPupil')} error={errors.pupilId?.message} {...register('pupilId')}>
          <option value="">{t('conversationChoosePupil')}</option>
          {pupils.map((p) => (
            <option key={p.id} value={p.id}>
              {p.alias}
            </option>
          ))}
        </SelectField>
        <TextField type="date" label={t('conversationDate')} error={errors.heldOn?.message} {...register('heldOn')} />
        <SelectField label={t('conversationTalkedBy')} error={errors.talkedById?.message} {...register('talkedById')}>
          <option value="">{t('conversationChooseTalker')}</option>
          {team.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} ({t(`role_${m.role}` as 'role_TEACHER')})
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField label={t('conversationSaid')} hint={t('conversationSaidHint')} maxLength={MAX_CONVERSATION_TEXT} rows={3} error={errors.said?.message} {...register('said')} />
      <TextAreaField
        label={t('conversationAgreements')}
        hint={t('conversationAgreementsHint')}
        maxLength={MAX_CONVERSATION_TEXT}
        rows={2}
        error={errors.agreements?.message}
        {...register('agreements')}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t('conversationSaving') : t('conversationSave')}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          {t('conversationCancel')}
        </Button>
      </div>
    </form>
  );
}
