'use client';

import { useTranslations } from 'next-intl';
import type { Connection, SaveState } from './use-shared-document';

/** "Opslaan… / Opgeslagen / Niet opgeslagen – opnieuw proberen", plus the live connection. */
export function SaveStatus({ state, connection, onRetry }: { state: SaveState; connection: Connection; onRetry: () => void }) {
  const t = useTranslations('collab');
  const tone = state === 'error' || state === 'conflict' ? 'text-red-800' : state === 'saving' ? 'text-amber-800' : 'text-brand-800';
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <p role="status" aria-live="polite" className={`font-semibold ${tone}`}>
        {state === 'saving' ? t('saving') : state === 'saved' ? t('saved') : state === 'conflict' ? t('conflict') : t('error')}
      </p>
      {state === 'error' ? (
        <button type="button" onClick={onRetry} className="rounded border border-red-800 px-2 py-1 font-semibold text-red-800 hover:bg-red-50">
          {t('retry')}
        </button>
      ) : null}
      <p className={connection === 'reconnecting' ? 'text-amber-800' : 'text-gray-600'}>
        <span aria-hidden="true">{connection === 'live' ? '●' : '○'} </span>
        {t(connection)}
      </p>
    </div>
  );
}
