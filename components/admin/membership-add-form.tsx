'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormAlert } from '@/components/forms/form-alert';
import { SubmitButton } from '@/components/forms/submit-button';
import { useServerForm } from '@/components/forms/use-server-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { SelectField } from '@/components/ui/field';
import { addMembership } from '@/lib/admin/memberships/actions';
import { membershipSchema, type MembershipInput } from '@/lib/admin/memberships/schema';

interface Candidate {
  id: string;
  name: string;
  email: string;
  roleLabel: string;
}

/** Puts a teacher or care worker on this class's team. */
export function MembershipAddForm({ classId, classLabel, candidates }: { classId: string; classLabel: string; candidates: Candidate[] }) {
  const t = useTranslations('admin.memberships');
  const text = useMessageText();
  const [success, setSuccess] = useState<string | null>(null);
  const { form, submit, formError } = useServerForm<MembershipInput, { added: boolean }>({
    schema: membershipSchema,
    defaultValues: { classId, userId: '' },
    action: addMembership,
    onSuccess: (_data, values) => {
      const person = candidates.find((c) => c.id === values.userId);
      setSuccess(t('added', { name: person?.name ?? '', className: classLabel }));
      form.reset({ classId, userId: '' });
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  if (candidates.length === 0) return <p className="text-sm text-gray-700">{t('noCandidates')}</p>;
  return (
    <form onSubmit={(event) => { setSuccess(null); void submit(event); }} noValidate className="flex flex-col gap-3">
      <FormAlert error={formError} success={success} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="grow">
          <SelectField label={t('addLabel', { className: classLabel })} error={text(errors.userId?.message)} {...register('userId')}>
            <option value="">{t('choosePerson')}</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} · {c.roleLabel} · {c.email}
              </option>
            ))}
          </SelectField>
        </div>
        <div>
          <SubmitButton pending={isSubmitting} label={t('add')} pendingLabel={t('adding')} variant="secondary" />
        </div>
      </div>
    </form>
  );
}
