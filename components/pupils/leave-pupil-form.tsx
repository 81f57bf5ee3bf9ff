'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { FormFeedback } from '@/components/forms/form-feedback';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button, buttonClass } from '@/components/ui/button';
import { markPupilLeft } from '@/lib/pupils/actions';
import { markPupilLeftSchema } from '@/lib/pupils/schema';

/** "Heeft de klas verlaten", with a second, explicit confirmation: it cannot be undone here. */
export function LeavePupilForm({ classId, pupilId, alias, buddyAlias }: { classId: string; pupilId: string; alias: string; buddyAlias: string | null }) {
  const t = useTranslations('pupils.leave');
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const { submit, messages, saved, pending } = useActionForm({
    schema: markPupilLeftSchema,
    defaultValues: { pupilId },
    fields: [],
    action: (values) => markPupilLeft(classId, values),
  });
  return (
    <form onSubmit={submit} noValidate aria-busy={pending} className="flex flex-col gap-3">
      <p className="text-sm text-gray-700">{t('explanation')}</p>
      {buddyAlias ? <p className="text-sm text-gray-700">{t('buddyReleased', { buddy: buddyAlias })}</p> : null}
      {confirming ? (
        <div className="flex flex-wrap gap-2">
          <button ref={confirmRef} type="submit" className={buttonClass('danger')} disabled={pending}>
            {pending ? t('submitting') : t('confirm', { alias })}
          </button>
          <Button type="button" variant="ghost" onClick={() => setConfirming(false)} disabled={pending}>
            {t('cancel')}
          </Button>
        </div>
      ) : (
        <div>
          <Button type="button" variant="secondary" onClick={() => { setConfirming(true); requestAnimationFrame(() => confirmRef.current?.focus()); }}>
            {t('start', { alias })}
          </Button>
        </div>
      )}
      <FormFeedback messages={messages} saved={saved} />
    </form>
  );
}
