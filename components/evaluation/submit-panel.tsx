'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { confirmEvaluation, withdrawConfirmation } from '@/lib/evaluation/actions';
import type { EvaluationMeta } from '@/lib/evaluation/meta';

/**
 * "Indienen": each of the pair confirms; the second confirmation submits. The button ignores
 * clicks while a request is out (a double click sends one), and the server submits once anyway.
 */
export function SubmitPanel({
  evaluationId,
  meta,
  user,
  canConfirm,
  allSaved,
  onMissing,
  onConfirmed,
}: {
  evaluationId: string;
  meta: EvaluationMeta;
  user: { id: string; role: string };
  canConfirm: boolean;
  allSaved: boolean;
  onMissing: (errors: Record<string, string[]>) => void;
  onConfirmed: () => void;
}) {
  const t = useTranslations('evaluation');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const busy = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const mine = meta.confirmations.some((c) => c.userId === user.id);

  const run = (action: typeof confirmEvaluation | typeof withdrawConfirmation) => {
    if (busy.current) return;
    busy.current = true;
    startTransition(async () => {
      setError(null);
      try {
        const result = await action({ evaluationId });
        if (result.ok) {
          onMissing({});
          onConfirmed();
          if (result.data && 'status' in result.data && result.data.status === 'submitted') router.refresh();
        } else {
          setError(result.formError ?? null);
          onMissing(result.fieldErrors ?? {});
        }
      } catch {
        setError(t('networkError'));
      } finally {
        busy.current = false;
      }
    });
  };

  return (
    <section aria-labelledby="submit-title" className="no-print rounded-lg border-2 border-brand-600 bg-white p-5">
      <h3 id="submit-title" className="text-xl font-bold text-brand-800">
        {t('submitTitle')}
      </h3>
      <p className="mt-1 text-gray-700">{t('submitIntro')}</p>
      <ul className="mt-3 list-disc pl-5" data-testid="confirmations">
        {meta.confirmations.length === 0 ? <li>{t('nobodyConfirmed')}</li> : null}
        {meta.confirmations.map((c) => (
          <li key={c.userId}>{t('confirmedBy', { name: c.name, role: t(`role_${c.role}` as 'role_TEACHER') })}</li>
        ))}
      </ul>
      {error ? (
        <div className="mt-3">
          <Alert tone="error">{error}</Alert>
        </div>
      ) : null}
      {canConfirm ? (
        <div className="mt-4 flex flex-col gap-2">
          {mine ? (
            <>
              <p className="font-medium text-brand-800">{t('waitingFor')}</p>
              <div>
                <Button type="button" variant="secondary" disabled={pending} onClick={() => run(withdrawConfirmation)}>
                  {t('withdraw')}
                </Button>
              </div>
            </>
          ) : (
            <div className="flex flex-wrap items-center gap-3">
              <Button type="button" disabled={pending || !allSaved} onClick={() => run(confirmEvaluation)}>
                {pending ? t('submitting') : t('submit')}
              </Button>
              {!allSaved ? <p className="text-sm text-gray-700">{t('saveFirst')}</p> : null}
            </div>
          )}
        </div>
      ) : null}
    </section>
  );
}
