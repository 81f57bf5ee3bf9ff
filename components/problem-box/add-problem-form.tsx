'use client';

import { useTranslations } from 'next-intl';
import { FormFooter } from '@/components/forms/form-footer';
import { useActionForm } from '@/components/forms/use-action-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { addProblemEntry } from '@/lib/problem-box/actions';
import { problemEntrySchema, type ProblemEntryInput } from '@/lib/problem-box/schema';
import { ProblemFields, type ProblemFieldName } from './problem-fields';

const fields: ProblemFieldName[] = ['problem', 'anonymous', 'pupilId', 'solutions', 'status', 'discussedInLesson'];
// Anonymous unless chosen otherwise: the box is anonymous by nature.
const empty: ProblemEntryInput = { problem: '', anonymous: true, pupilId: '', solutions: '', status: 'NEW', discussedInLesson: '' };

export function AddProblemForm({ classId, pupils }: { classId: string; pupils: { id: string; alias: string }[] }) {
  const t = useTranslations('problemBox.add');
  const errorText = useMessageText();
  const { form, submit, messages, saved, pending, clearSaved } = useActionForm({
    schema: problemEntrySchema,
    defaultValues: empty,
    fields,
    action: (values) => addProblemEntry(classId, values),
    afterSuccess: 'clear',
  });
  const {
    register,
    watch,
    formState: { errors },
  } = form;
  const fieldErrors = Object.fromEntries(fields.map((name) => [name, errorText(errors[name]?.message)]));
  return (
    <form onSubmit={submit} noValidate aria-busy={pending} className="flex flex-col gap-3">
      <ProblemFields field={(name) => register(name, { onChange: clearSaved })} errors={fieldErrors} anonymous={watch('anonymous')} pupils={pupils} defaults={empty} />
      <FormFooter pending={pending} label={t('submit')} pendingLabel={t('submitting')} messages={messages} saved={saved} savedText={t('added')} />
    </form>
  );
}
