'use client';

import { useTranslations } from 'next-intl';
import { FormFooter } from '@/components/forms/form-footer';
import { useActionForm } from '@/components/forms/use-action-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { TextAreaField } from '@/components/ui/field';
import { saveReview } from '@/lib/learning-goals/actions';
import { FEEDBACK_SOURCES, reviewSchema, type FeedbackSource } from '@/lib/learning-goals/schema';
import { LONG_TEXT_MAX } from '@/lib/pupils/schema-parts';

interface Props {
  classId: string;
  pupilId: string;
  alias: string;
  buddy: string | null;
  mentor: string | null;
  values: { feedback: Record<FeedbackSource, string> };
  version: string;
}

/** Lesson 6: looking back on the goal, with feedback in the source's order. */
export function ReviewForm({ classId, pupilId, alias, buddy, mentor, values, version }: Props) {
  const t = useTranslations('goals.review');
  const errorText = useMessageText();
  const { form, submit, messages, saved, pending, clearSaved } = useActionForm({
    schema: reviewSchema,
    defaultValues: { pupilId, ...values, version },
    fields: FEEDBACK_SOURCES.map((key) => `feedback.${key}` as const),
    action: (input) => saveReview(classId, input),
    onSuccess: (data, _values, f) => f.setValue('version', data.version),
  });
  const {
    register,
    formState: { errors },
  } = form;
  const named = { alias, buddy: buddy ?? t('noBuddy'), mentor: mentor ?? t('noMentor') };
  return (
    <form onSubmit={submit} noValidate aria-busy={pending} className="flex flex-col gap-3">
      <div className="grid gap-3 md:grid-cols-2">
        {FEEDBACK_SOURCES.map((source) => (
          <TextAreaField
            key={source}
            label={t(`sources.${source}`, named)}
            rows={3}
            maxLength={LONG_TEXT_MAX}
            error={errorText(errors.feedback?.[source]?.message)}
            defaultValue={values.feedback[source]}
            {...register(`feedback.${source}`, { onChange: clearSaved })}
          />
        ))}
      </div>
      <FormFooter pending={pending} label={t('submit')} pendingLabel={t('submitting')} variant="secondary" messages={messages} saved={saved} />
    </form>
  );
}
