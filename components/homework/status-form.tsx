'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { FormFooter } from '@/components/forms/form-footer';
import { useActionForm } from '@/components/forms/use-action-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { TextField } from '@/components/ui/field';
import { setHomeworkStatus } from '@/lib/homework/actions';
import { homeworkStatusSchema, homeworkStatuses, type HomeworkStatusInput } from '@/lib/homework/schema';

interface Props {
  classId: string;
  assignmentId: string;
  alias: string;
  status: HomeworkStatusInput['status'];
  returnedOn: string | null;
  today: string;
}

/** The sheet's status: handed out, back (on which day), or registered as not back. */
export function HomeworkStatusForm({ classId, assignmentId, alias, status, returnedOn, today }: Props) {
  const t = useTranslations('homework.status');
  const errorText = useMessageText();
  const id = useId();
  const { form, submit, messages, saved, pending, clearSaved } = useActionForm({
    schema: homeworkStatusSchema,
    defaultValues: { assignmentId, status, returnedOn: returnedOn ?? '' },
    fields: ['status', 'returnedOn'],
    action: (values) => setHomeworkStatus(classId, values),
  });
  const {
    register,
    watch,
    setValue,
    formState: { errors },
  } = form;
  const current = watch('status');
  return (
    <form onSubmit={submit} noValidate aria-busy={pending} className="flex flex-col gap-3">
      <fieldset aria-describedby={errors.status ? `${id}-error` : undefined}>
        <legend className="font-semibold">{t('legend', { alias })}</legend>
        <div className="mt-1 flex flex-col">
          {homeworkStatuses.map((value) => (
            <label key={value} className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                value={value}
                defaultChecked={value === status}
                className="size-5 accent-brand-600"
                {...register('status', {
                  onChange: () => {
                    clearSaved();
                    // The day it came back is today unless changed; other statuses have none.
                    setValue('returnedOn', value === 'RETURNED' ? returnedOn ?? today : '');
                  },
                })}
              />
              {t(`options.${value}`)}
            </label>
          ))}
        </div>
        {errors.status ? (
          <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
            {errorText(errors.status.message)}
          </p>
        ) : null}
      </fieldset>
      {current === 'RETURNED' ? (
        <div className="sm:w-60">
          <TextField type="date" label={t('returnedOn')} max={today} defaultValue={returnedOn ?? today} error={errorText(errors.returnedOn?.message)} {...register('returnedOn', { onChange: clearSaved })} />
        </div>
      ) : null}
      <FormFooter pending={pending} label={t('submit')} pendingLabel={t('submitting')} variant="secondary" messages={messages} saved={saved} />
    </form>
  );
}
