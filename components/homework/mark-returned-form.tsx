'use client';

import { useTranslations } from 'next-intl';
import { FormFooter } from '@/components/forms/form-footer';
import { useActionForm } from '@/components/forms/use-action-form';
import { setHomeworkStatus } from '@/lib/homework/actions';
import { homeworkStatusSchema } from '@/lib/homework/schema';

/** One tap for the common case: the sheet came back today. */
export function MarkReturnedForm({ classId, assignmentId, alias, today }: { classId: string; assignmentId: string; alias: string; today: string }) {
  const t = useTranslations('homework.status');
  const { submit, messages, saved, pending } = useActionForm({
    schema: homeworkStatusSchema,
    defaultValues: { assignmentId, status: 'RETURNED', returnedOn: today },
    fields: [],
    action: (values) => setHomeworkStatus(classId, values),
  });
  return (
    <form onSubmit={submit} noValidate aria-busy={pending} className="flex flex-col gap-1">
      <FormFooter pending={pending} label={t('returnedToday', { alias })} pendingLabel={t('submitting')} variant="secondary" messages={messages} saved={saved} />
    </form>
  );
}
