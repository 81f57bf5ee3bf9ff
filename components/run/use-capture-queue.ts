'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { retryDelayMs } from '@/lib/run/backoff';
import type { ActionResult } from '@/lib/result';
import { listQueued, putQueued, removeQueued, type QueuedCapture } from './offline-queue';

export type SendCapture = (capture: Omit<QueuedCapture, 'refusal'>) => Promise<ActionResult<{ id: string; capturedAt: string; duplicate: boolean }>>;

function refusalOf(result: { formError?: string; fieldErrors?: Record<string, string[]> }): string {
  const field = Object.values(result.fieldErrors ?? {})[0]?.[0];
  return field ?? result.formError ?? '';
}

/**
 * Sends captures through the offline queue: each is stored in the browser first, then sent; a
 * failed send (offline: the server action's POST rejects) is retried with backoff and at once when
 * the browser is back online. What the queue still holds after a reload is sent after it.
 */
export function useCaptureQueue({ planId, send, onSaved }: { planId: string; send: SendCapture; onSaved: (capture: QueuedCapture, capturedAt: string) => void }) {
  const [queued, setQueued] = useState<QueuedCapture[]>([]);
  const queuedRef = useRef<QueuedCapture[]>([]);
  const flushing = useRef(false);
  const failures = useRef(0);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  }, [onSaved]);

  const replace = useCallback((next: QueuedCapture[]) => {
    queuedRef.current = next;
    setQueued(next);
  }, []);

  const flushRef = useRef<(includeRefused?: boolean) => Promise<void>>(async () => {});
  const flush = useCallback(
    async (includeRefused = false) => {
      if (flushing.current) return;
      flushing.current = true;
      if (retryTimer.current) clearTimeout(retryTimer.current);
      retryTimer.current = null;
      const tried = new Set<string>();
      try {
        for (;;) {
          const capture = queuedRef.current.find((c) => !tried.has(c.id) && (includeRefused || !c.refusal));
          if (!capture) return;
          tried.add(capture.id);
          const payload = { id: capture.id, planId: capture.planId, pupilId: capture.pupilId, kind: capture.kind, text: capture.text, activityNumber: capture.activityNumber, capturedAt: capture.capturedAt };
          let result;
          try {
            result = await send(payload);
          } catch {
            // No connection (or the answer was lost): keep it, try again later.
            failures.current += 1;
            retryTimer.current = setTimeout(() => void flushRef.current(), retryDelayMs(failures.current));
            return;
          }
          failures.current = 0;
          if (result.ok) {
            await removeQueued(capture.id).catch(() => {});
            replace(queuedRef.current.filter((c) => c.id !== capture.id));
            onSavedRef.current(capture, result.data.capturedAt);
          } else {
            const marked = { ...capture, refusal: refusalOf(result) };
            await putQueued(marked).catch(() => {});
            replace(queuedRef.current.map((c) => (c.id === capture.id ? marked : c)));
          }
        }
      } finally {
        flushing.current = false;
      }
    },
    [replace, send],
  );
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  /** Keeps the capture (on disk when the browser allows it) and sends it. */
  const add = useCallback(
    async (capture: QueuedCapture) => {
      replace([...queuedRef.current, capture]);
      // Without storage (e.g. a locked-down browser) it still waits in memory until sent.
      await putQueued(capture).catch(() => {});
      void flush();
    },
    [flush, replace],
  );

  const discard = useCallback(
    async (id: string) => {
      await removeQueued(id).catch(() => {});
      replace(queuedRef.current.filter((c) => c.id !== id));
    },
    [replace],
  );

  const sendNow = useCallback(() => {
    failures.current = 0;
    void flush(true);
  }, [flush]);

  // On load: whatever a dropped connection left in the queue (also before a reload) goes out now.
  useEffect(() => {
    let cancelled = false;
    listQueued(planId)
      .then((stored) => {
        if (cancelled) return;
        const known = new Set(queuedRef.current.map((c) => c.id));
        replace([...stored.filter((c) => !known.has(c.id)), ...queuedRef.current]);
        void flush(true);
      })
      .catch(() => {});
    const online = () => {
      failures.current = 0;
      void flush();
    };
    window.addEventListener('online', online);
    return () => {
      cancelled = true;
      window.removeEventListener('online', online);
      if (retryTimer.current) clearTimeout(retryTimer.current);
    };
  }, [flush, planId, replace]);

  return { queued, add, discard, sendNow };
}
