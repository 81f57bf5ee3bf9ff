'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useState, useTransition } from 'react';
import { runCommand } from '@/lib/run/actions';
import type { RunCommand } from '@/lib/run/transitions';

/** Sends a run command; the new state arrives over the live stream on every screen, this one included. */
export function useRunCommand(planId: string) {
  const t = useTranslations('run');
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const send = useCallback(
    (command: RunCommand) =>
      startTransition(async () => {
        setError(null);
        try {
          const result = await runCommand({ planId, command });
          if (!result.ok) setError(result.formError ?? null);
        } catch {
          setError(t('networkError'));
        }
      }),
    [planId, t],
  );
  return { send, pending, error };
}
