'use client';

import { useTranslations } from 'next-intl';
import { FormFooter } from '@/components/forms/form-footer';
import { useActionForm } from '@/components/forms/use-action-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { SelectField } from '@/components/ui/field';
import { setBuddy } from '@/lib/pupils/actions';
import { setBuddySchema } from '@/lib/pupils/schema';

interface Classmate {
  id: string;
  alias: string;
  buddyAlias: string | null;
}

/** Choose the pupil's buddy among classmates; a classmate already paired is paired anew (the hint says so). */
export function BuddyForm({ classId, pupilId, buddyId, classmates }: { classId: string; pupilId: string; buddyId: string | null; classmates: Classmate[] }) {
  const t = useTranslations('pupils.buddy');
  const errorText = useMessageText();
  const { form, submit, messages, saved, pending, clearSaved } = useActionForm({
    schema: setBuddySchema,
    defaultValues: { pupilId, buddyId: buddyId ?? '' },
    fields: ['buddyId'],
    action: (values) => setBuddy(classId, values),
  });
  const {
    register,
    formState: { errors },
  } = form;
  return (
    <form onSubmit={submit} noValidate aria-busy={pending} className="flex flex-col gap-3">
      <SelectField label={t('label')} hint={t('hint')} error={errorText(errors.buddyId?.message)} defaultValue={buddyId ?? ''} {...register('buddyId', { onChange: clearSaved })}>
        <option value="">{t('none')}</option>
        {classmates.map((mate) => (
          <option key={mate.id} value={mate.id}>
            {mate.buddyAlias && mate.id !== buddyId ? t('optionPaired', { alias: mate.alias, buddy: mate.buddyAlias }) : mate.alias}
          </option>
        ))}
      </SelectField>
      <FormFooter pending={pending} label={t('submit')} pendingLabel={t('submitting')} variant="secondary" messages={messages} saved={saved} />
    </form>
  );
}
