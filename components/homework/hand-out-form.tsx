'use client';

import { useTranslations } from 'next-intl';
import { FormFooter } from '@/components/forms/form-footer';
import { useActionForm } from '@/components/forms/use-action-form';
import { handOutHomework } from '@/lib/homework/actions';
import { handOutSchema } from '@/lib/homework/schema';

/** "Uitgedeeld": one assignment per active pupil; again later for pupils who joined since. */
export function HandOutForm({ classId, lessonNumber, label }: { classId: string; lessonNumber: number; label: string }) {
  const t = useTranslations('homework.handOut');
  const { submit, messages, saved, pending } = useActionForm({
    schema: handOutSchema,
    defaultValues: { lessonNumber },
    fields: [],
    action: (values) => handOutHomework(classId, values),
  });
  return (
    <form onSubmit={submit} noValidate aria-busy={pending} className="flex flex-col gap-2">
      <FormFooter pending={pending} label={label} pendingLabel={t('submitting')} messages={messages} saved={saved} savedText={t('done')} />
    </form>
  );
}
