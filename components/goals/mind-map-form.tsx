'use client';

import { useTranslations } from 'next-intl';
import { FormFooter } from '@/components/forms/form-footer';
import { useActionForm } from '@/components/forms/use-action-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { TextAreaField } from '@/components/ui/field';
import { saveMindMap } from '@/lib/learning-goals/actions';
import { mindMapSchema } from '@/lib/learning-goals/schema';
import { negativePhrases } from '@/lib/learning-goals/teppc';
import { LONG_TEXT_MAX } from '@/lib/pupils/schema-parts';

interface Props {
  classId: string;
  pupilId: string;
  alias: string;
  values: { goal: string; whyItMatters: string; firstIdeas: string };
  version: string;
}

/** Lesson 3: the goal in a mind map: the goal, why it matters, first ideas of what and who can help. */
export function MindMapForm({ classId, pupilId, alias, values, version }: Props) {
  const t = useTranslations('goals.mindMap');
  const errorText = useMessageText();
  const { form, submit, messages, saved, pending, clearSaved } = useActionForm({
    schema: mindMapSchema,
    defaultValues: { pupilId, ...values, version },
    fields: ['goal', 'whyItMatters', 'firstIdeas'],
    action: (input) => saveMindMap(classId, input),
    onSuccess: (data, _values, f) => f.setValue('version', data.version),
  });
  const {
    register,
    watch,
    formState: { errors },
  } = form;
  // Not a refusal yet: in lesson 3 the goal may still be rough. The tip prepares lesson 5's Positief check.
  const negative = negativePhrases(watch('goal') ?? '');
  return (
    <form onSubmit={submit} noValidate aria-busy={pending} className="flex flex-col gap-3">
      <TextAreaField label={t('goal', { alias })} hint={t('goalHint')} rows={2} maxLength={LONG_TEXT_MAX} error={errorText(errors.goal?.message)} defaultValue={values.goal} {...register('goal', { onChange: clearSaved })} />
      {negative.length ? (
        <p className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-sm" aria-live="polite">
          {t('positiveTip', { phrases: negative.map((phrase) => `„${phrase}”`).join(', ') })}
        </p>
      ) : null}
      <TextAreaField label={t('whyItMatters')} rows={2} maxLength={LONG_TEXT_MAX} error={errorText(errors.whyItMatters?.message)} defaultValue={values.whyItMatters} {...register('whyItMatters', { onChange: clearSaved })} />
      <TextAreaField label={t('firstIdeas')} hint={t('firstIdeasHint')} rows={3} maxLength={LONG_TEXT_MAX} error={errorText(errors.firstIdeas?.message)} defaultValue={values.firstIdeas} {...register('firstIdeas', { onChange: clearSaved })} />
      <FormFooter pending={pending} label={t('submit')} pendingLabel={t('submitting')} variant="secondary" messages={messages} saved={saved} />
    </form>
  );
}
