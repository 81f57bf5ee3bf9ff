'use client';

import { useTranslations } from 'next-intl';
import { FormFeedback } from '@/components/forms/form-feedback';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { undoFollowUp } from '@/lib/homework/actions';
import { undoFollowUpSchema } from '@/lib/homework/schema';

/** Takes back a step recorded by mistake. */
export function UndoFollowUpForm({ classId, assignmentId, stepKey, stepLabel }: { classId: string; assignmentId: string; stepKey: string; stepLabel: string }) {
  const t = useTranslations('homework.followUp');
  const { submit, messages, saved, pending } = useActionForm({
    schema: undoFollowUpSchema,
    defaultValues: { assignmentId, stepKey },
    fields: [],
    action: (values) => undoFollowUp(classId, values),
  });
  return (
    <form onSubmit={submit} noValidate aria-busy={pending} className="flex flex-col gap-1">
      <div>
        <Button type="submit" variant="ghost" disabled={pending} aria-label={t('undoLabel', { step: stepLabel })}>
          {pending ? t('undoing') : t('undo')}
        </Button>
      </div>
      <FormFeedback messages={messages} saved={saved} savedText={t('undone')} />
    </form>
  );
}
