'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import { FormAlert } from '@/components/forms/form-alert';
import { NETWORK_ERROR } from '@/components/forms/use-server-form';
import { Button, buttonClass } from '@/components/ui/button';
import { deactivateAccount, reactivateAccount } from '@/lib/admin/accounts/actions';

/**
 * Deactivate (after a confirmation step, since it ends the person's session at once) or
 * reactivate an account. The page re-renders with the new state after the action.
 */
export function AccountActivation({ accountId, name, active }: { accountId: string; name: string; active: boolean }) {
  const t = useTranslations('admin.accounts.activation');
  const tForms = useTranslations('forms');
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  function run(deactivate: boolean) {
    setError(null);
    setDone(null);
    startTransition(async () => {
      const action = deactivate ? deactivateAccount : reactivateAccount;
      const result = await action({ id: accountId }).catch(() => ({ ok: false as const, formError: NETWORK_ERROR }));
      setConfirming(false);
      if (result.ok) setDone(deactivate ? t('deactivated') : t('reactivated'));
      else setError(result.formError ?? NETWORK_ERROR);
    });
  }

  return (
    <div className="flex flex-col gap-3">
      <FormAlert error={error} success={done} />
      {active ? (
        confirming ? (
          <div className="flex flex-col gap-3 rounded-md border border-red-700 bg-red-50 p-4">
            <p className="font-semibold text-red-900">{t('confirm', { name })}</p>
            <div className="flex flex-wrap gap-3">
              <button ref={confirmButton} type="button" className={buttonClass('danger')} disabled={pending} onClick={() => run(true)}>
                {pending ? t('deactivating') : t('confirmDeactivate')}
              </button>
              <Button type="button" variant="secondary" disabled={pending} onClick={() => setConfirming(false)}>
                {tForms('cancel')}
              </Button>
            </div>
          </div>
        ) : (
          <div>
            <Button type="button" variant="danger" onClick={() => setConfirming(true)}>
              {t('deactivate')}
            </Button>
          </div>
        )
      ) : (
        <div>
          <Button type="button" disabled={pending} onClick={() => run(false)}>
            {pending ? t('reactivating') : t('reactivate')}
          </Button>
        </div>
      )}
    </div>
  );
}
