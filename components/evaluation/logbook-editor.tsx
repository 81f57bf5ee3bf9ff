'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { saveLogbook } from '@/lib/logbook/actions';
import { MAX_LOGBOOK } from '@/lib/logbook/schema';

const DEBOUNCE_MS = 800;

type State = 'saved' | 'saving' | 'error';

/**
 * One's own logbook entry: saves itself after a pause, sending the version it started from, so a
 * second window cannot silently overwrite the first (the stale save is refused and said so).
 */
export function LogbookEditor({ planId, initial, label, hint }: { planId: string; initial: { text: string; version: number }; label: string; hint: string }) {
  const t = useTranslations('evaluation');
  const id = useId();
  const [text, setText] = useState(initial.text);
  const [state, setState] = useState<State>('saved');
  const [error, setError] = useState<string | null>(null);
  const version = useRef(initial.version);
  const latest = useRef(initial.text);
  const savedText = useRef(initial.text);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);
  const flushRef = useRef<() => Promise<void>>(async () => {});

  const flush = useCallback(async () => {
    timer.current = null;
    if (inFlight.current || latest.current === savedText.current) return;
    inFlight.current = true;
    const sending = latest.current;
    setState('saving');
    const result = await saveLogbook({ planId, text: sending, version: version.current }).catch(() => null);
    inFlight.current = false;
    if (result?.ok) {
      version.current = result.data.version;
      savedText.current = sending;
      setError(null);
      // Typed on while this save was out: save again (through the ref: flush calls itself).
      if (latest.current !== sending) void flushRef.current();
      else setState('saved');
    } else {
      setState('error');
      setError(result?.formError ?? t('networkError'));
    }
  }, [planId, t]);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  // Never lose typing to a closed tab: warn while something is unsaved.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (latest.current !== savedText.current) {
        void flush();
        event.preventDefault();
      }
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [flush]);

  const onChange = (value: string) => {
    setText(value);
    latest.current = value;
    setState('saving');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
  };

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-gray-600">
        {hint}
      </p>
      <textarea
        id={id}
        rows={6}
        value={text}
        maxLength={MAX_LOGBOOK}
        aria-describedby={`${id}-hint ${id}-status`}
        aria-invalid={state === 'error' ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => {
          if (timer.current) clearTimeout(timer.current);
          void flush();
        }}
        className="w-full rounded-md border border-gray-400 bg-white px-3 py-2"
      />
      <div id={`${id}-status`} className="flex flex-wrap items-center gap-3 text-sm">
        <p role="status" aria-live="polite" className={`font-semibold ${state === 'error' ? 'text-red-800' : state === 'saving' ? 'text-amber-800' : 'text-brand-800'}`}>
          {state === 'saving' ? t('logbookSaving') : state === 'saved' ? t('logbookSaved') : t('logbookError')}
        </p>
        {state === 'error' ? (
          <button type="button" onClick={() => void flush()} className="rounded border border-red-800 px-2 py-1 font-semibold text-red-800 hover:bg-red-50">
            {t('logbookRetry')}
          </button>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
