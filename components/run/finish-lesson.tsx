'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { markHeld } from '@/lib/run/actions';

/** "Les afgerond": asks once, marks the lesson held and goes on to the evaluation. */
export function FinishLesson({ planId, missingOutcomes, evaluationHref }: { planId: string; missingOutcomes: number; evaluationHref: string }) {
  const t = useTranslations('run');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const finish = () =>
    startTransition(async () => {
      setError(null);
      try {
        const result = await markHeld({ planId });
        if (result.ok) router.push(evaluationHref);
        else setError(result.formError ?? null);
      } catch {
        setError(t('networkError'));
      }
    });
  return (
    <>
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        {t('finish')}
      </Button>
      <ModalDialog open={open} onClose={() => setOpen(false)} labelledBy="finish-title">
        <h2 id="finish-title" className="text-xl font-bold text-brand-800">
          {t('finishConfirmTitle')}
        </h2>
        <p className="mt-2">{t('finishConfirmText')}</p>
        {missingOutcomes > 0 ? <p className="mt-2 rounded-md bg-amber-50 p-3 text-amber-900">{t('finishMissing', { count: missingOutcomes })}</p> : null}
        {error ? (
          <p role="alert" className="mt-2 font-medium text-red-800">
            {error}
          </p>
        ) : null}
        <div className="mt-4 flex flex-wrap gap-2">
          <Button type="button" disabled={pending} onClick={finish}>
            {pending ? t('finishing') : t('finishConfirm')}
          </Button>
          <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
            {t('cancel')}
          </Button>
        </div>
      </ModalDialog>
    </>
  );
}
