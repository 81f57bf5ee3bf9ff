'use client';

import { useTranslations } from 'next-intl';
import { FormFooter } from '@/components/forms/form-footer';
import { useActionForm } from '@/components/forms/use-action-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { updateProblemEntry } from '@/lib/problem-box/actions';
import { updateProblemEntrySchema, type ProblemEntryInput } from '@/lib/problem-box/schema';
import { ProblemFields, type ProblemFieldName } from './problem-fields';

const fields: ProblemFieldName[] = ['problem', 'anonymous', 'pupilId', 'solutions', 'status', 'discussedInLesson'];

interface Props {
  classId: string;
  entryId: string;
  values: ProblemEntryInput;
  version: string;
  pupils: { id: string; alias: string }[];
}

export function EditProblemForm({ classId, entryId, values, version, pupils }: Props) {
  const t = useTranslations('problemBox.edit');
  const errorText = useMessageText();
  const { form, submit, messages, saved, pending, clearSaved } = useActionForm({
    schema: updateProblemEntrySchema,
    defaultValues: { ...values, entryId, version },
    fields,
    action: (input) => updateProblemEntry(classId, input),
    onSuccess: (data, _values, f) => f.setValue('version', data.version),
  });
  const {
    register,
    watch,
    formState: { errors },
  } = form;
  const fieldErrors = Object.fromEntries(fields.map((name) => [name, errorText(errors[name]?.message)]));
  return (
    <form onSubmit={submit} noValidate aria-busy={pending} className="flex flex-col gap-3">
      <ProblemFields field={(name) => register(name, { onChange: clearSaved })} errors={fieldErrors} anonymous={watch('anonymous')} pupils={pupils} defaults={values} />
      <FormFooter pending={pending} label={t('submit')} pendingLabel={t('submitting')} variant="secondary" messages={messages} saved={saved} />
    </form>
  );
}
