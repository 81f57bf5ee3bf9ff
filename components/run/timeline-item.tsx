'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useId, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { deleteCapture, updateCapture } from '@/lib/run/capture-actions';
import { CAPTURE_TEXT_MAX, captureKinds, type CaptureKind } from '@/lib/run/schema';

export interface TimelineCapture {
  id: string;
  pupilId: string;
  /** Known for saved captures; queued ones are looked up among the class's pupils. */
  pupilAlias?: string;
  kind: CaptureKind;
  text: string | null;
  activityNumber: number | null;
  capturedAt: string;
  authorId: string;
  authorName: string;
  /** saved: on the server; queued: waiting for the connection; refused: the server said no. */
  state: 'saved' | 'queued' | 'refused';
  refusal?: string | null;
}

const kindTone: Record<CaptureKind, string> = {
  STRESS: 'bg-red-100 text-red-900',
  OBSERVATION: 'bg-sky-100 text-sky-900',
  HELPED: 'bg-brand-100 text-brand-800',
  CONVERSATION_NEEDED: 'bg-violet-100 text-violet-900',
};

/** One capture on the timeline; its author can change or delete it while the lesson is open. */
export function TimelineItem({
  capture,
  pupilName,
  activityTitle,
  own,
  editable,
  onChanged,
  onDeleted,
  onDiscard,
}: {
  capture: TimelineCapture;
  pupilName: string;
  activityTitle: string | null;
  own: boolean;
  editable: boolean;
  onChanged: (capture: TimelineCapture) => void;
  onDeleted: (id: string) => void;
  onDiscard: (id: string) => void;
}) {
  const t = useTranslations('run');
  const format = useFormatter();
  const id = useId();
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const [kind, setKind] = useState<CaptureKind>(capture.kind);
  const [text, setText] = useState(capture.text ?? '');
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const time = format.dateTime(new Date(capture.capturedAt), { hour: '2-digit', minute: '2-digit' });

  const run = (work: () => Promise<void>) =>
    startTransition(async () => {
      setError(null);
      try {
        await work();
      } catch {
        setError(t('networkError'));
      }
    });
  const save = () =>
    run(async () => {
      const result = await updateCapture({ id: capture.id, kind, text });
      if (!result.ok) return setError(result.fieldErrors?.text?.[0] ?? result.formError ?? null);
      onChanged({ ...capture, kind, text: text.trim() || null });
      setMode('view');
    });
  const remove = () =>
    run(async () => {
      const result = await deleteCapture({ id: capture.id });
      if (!result.ok) return setError(result.formError ?? null);
      onDeleted(capture.id);
    });

  return (
    <li className="rounded-md border border-gray-200 p-3" data-testid="timeline-item" data-state={capture.state}>
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <time dateTime={capture.capturedAt} className="text-sm tabular-nums text-gray-700">
          {time}
        </time>
        <span className="font-bold">{pupilName}</span>
        <span className={`rounded-full px-2 py-0.5 text-sm font-semibold ${kindTone[capture.kind]}`}>{t(`kind_${capture.kind}`)}</span>
        {capture.state === 'queued' ? <span className="text-sm font-semibold text-amber-800">({t('timelineNotSent')})</span> : null}
      </div>
      {capture.text ? <p className="mt-1 whitespace-pre-line">{capture.text}</p> : null}
      <p className="mt-1 text-sm text-gray-600">
        {activityTitle ? `${t('timelineDuring', { title: activityTitle })} · ` : ''}
        {t('timelineBy', { name: capture.authorName })}
      </p>
      {capture.state === 'refused' ? (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <p role="alert" className="text-sm font-medium text-red-800">
            {t('timelineRefused', { message: capture.refusal ?? '' })}
          </p>
          <Button type="button" variant="secondary" onClick={() => onDiscard(capture.id)}>
            {t('discard')}
          </Button>
        </div>
      ) : null}

      {own && editable && capture.state === 'saved' && mode === 'view' ? (
        <div className="mt-2 flex gap-2">
          <button type="button" onClick={() => setMode('edit')} className="min-h-11 rounded-md px-2 font-semibold text-brand-800 underline">
            {t('edit')}
            <span className="sr-only"> ({pupilName}, {time})</span>
          </button>
          <button type="button" onClick={() => setMode('delete')} className="min-h-11 rounded-md px-2 font-semibold text-red-800 underline">
            {t('delete')}
            <span className="sr-only"> ({pupilName}, {time})</span>
          </button>
        </div>
      ) : null}

      {mode === 'edit' ? (
        <form
          className="mt-2 flex flex-col gap-2"
          aria-label={t('editFor', { name: pupilName })}
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <label htmlFor={`${id}-kind`} className="font-semibold">
            {t('kindLabel')}
          </label>
          <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as CaptureKind)} className="min-h-11 rounded-md border border-gray-400 bg-white px-3 py-2">
            {captureKinds.map((k) => (
              <option key={k} value={k}>
                {t(`kind_${k}`)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-text`} className="font-semibold">
            {t('captureText')}
          </label>
          <input id={`${id}-text`} type="text" maxLength={CAPTURE_TEXT_MAX} value={text} onChange={(event) => setText(event.target.value)} className="min-h-11 rounded-md border border-gray-400 bg-white px-3 py-2" />
          <div className="flex gap-2">
            <Button type="submit" disabled={pending}>
              {t('save')}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setMode('view')}>
              {t('cancel')}
            </Button>
          </div>
        </form>
      ) : null}

      {mode === 'delete' ? (
        <div role="group" aria-label={t('deleteConfirm')} className="mt-2 flex flex-wrap items-center gap-2">
          <p className="font-semibold">{t('deleteConfirm')}</p>
          <Button type="button" variant="danger" disabled={pending} onClick={remove}>
            {t('deleteYes')}
          </Button>
          <Button type="button" variant="ghost" onClick={() => setMode('view')}>
            {t('cancel')}
          </Button>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="mt-2 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </li>
  );
}
