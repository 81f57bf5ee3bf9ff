'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClass } from '@/components/ui/button';
import { FilterSelect, schoolKindOptions } from '@/components/ui/filter-select';
import { fileNameFromDisposition } from '@/lib/http/file-name-from-disposition';

interface Props {
  schools: { id: string; name: string }[];
  years: string[];
  initial: { school?: string; kind?: string; year?: string };
}

type Status =
  | { kind: 'idle' }
  | { kind: 'downloading'; bytes: number }
  | { kind: 'done'; fileName: string; bytes: number }
  | { kind: 'stopped' }
  | { kind: 'error'; message: 'notAvailable' | 'failed' | 'interrupted' };

const KB = 1024;
const MB = 1024 * KB;
/** How often the spoken progress may change: often enough to follow, rare enough not to chatter. */
const ANNOUNCE_EVERY_MS = 1500;

/**
 * The filters and the two download buttons. Without JavaScript the form simply asks the export
 * route for the file (a GET with the filters) and the browser saves it. With JavaScript the file
 * is fetched here, so the person sees how much has arrived of a large export, and can stop it.
 */
export function ExportForm({ schools, years, initial }: Props) {
  const t = useTranslations('export');
  const format = useFormatter();
  const id = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [announced, setAnnounced] = useState('');
  const controller = useRef<AbortController | null>(null);
  const startedBy = useRef<HTMLButtonElement | null>(null);
  const busy = status.kind === 'downloading';
  // "45 kB" while small, "3,2 MB" from a megabyte on.
  const size = (bytes: number) =>
    bytes < MB ? t('kilobytes', { size: format.number(Math.max(1, Math.round(bytes / KB))) }) : t('megabytes', { size: format.number(bytes / MB, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (!(submitter instanceof HTMLButtonElement) || !window.ReadableStream) return; // let the browser do it
    event.preventDefault();
    if (busy) return;
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) if (typeof value === 'string' && value) query.set(key, value);
    const url = `${submitter.formAction}${query.size > 0 ? `?${query}` : ''}`;

    const abort = new AbortController();
    controller.current = abort;
    startedBy.current = submitter;
    setStatus({ kind: 'downloading', bytes: 0 });
    setAnnounced(t('preparing'));
    let response: Response;
    try {
      response = await fetch(url, { signal: abort.signal, credentials: 'same-origin' });
    } catch {
      setStatus(abort.signal.aborted ? { kind: 'stopped' } : { kind: 'error', message: 'failed' });
      return;
    }
    if (!response.ok || !response.body) {
      setStatus({ kind: 'error', message: response.status === 404 ? 'notAvailable' : 'failed' });
      return;
    }

    const chunks: Uint8Array<ArrayBuffer>[] = [];
    let bytes = 0;
    let lastAnnounced = Date.now();
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        bytes += value.byteLength;
        setStatus({ kind: 'downloading', bytes });
        if (Date.now() - lastAnnounced > ANNOUNCE_EVERY_MS) {
          lastAnnounced = Date.now();
          setAnnounced(t('received', { size: size(bytes) }));
        }
      }
    } catch {
      setStatus(abort.signal.aborted ? { kind: 'stopped' } : { kind: 'error', message: 'interrupted' });
      return;
    }

    const fileName = fileNameFromDisposition(response.headers.get('content-disposition')) ?? url.split('?')[0]!.split('/').pop()!;
    save(new Blob(chunks, { type: response.headers.get('content-type') ?? 'application/octet-stream' }), fileName);
    setStatus({ kind: 'done', fileName, bytes });
  }

  const waiting = 'aria-disabled:cursor-wait aria-disabled:opacity-60';
  const select = 'min-h-11 w-full rounded-md border border-gray-400 bg-white px-3 py-2 sm:w-auto';
  const field = 'flex w-full flex-col gap-1 sm:w-auto';
  return (
    <form method="get" action="/api/export/xlsx" onSubmit={onSubmit} aria-busy={busy} aria-labelledby={`${id}-titel`} className="flex flex-col gap-4 rounded-lg border border-brand-100 bg-white p-4">
      <div>
        <h2 id={`${id}-titel`} className="text-xl font-bold text-brand-800">
          {t('filtersTitle')}
        </h2>
        <p className="mt-1 text-gray-700">{t('filtersIntro')}</p>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <FilterSelect id={`${id}-school`} name="school" label={t('school')} value={initial.school} allLabel={t('allSchools')} options={schools.map((s) => ({ value: s.id, label: s.name }))} className={field} selectClassName={select} />
        <FilterSelect id={`${id}-kind`} name="kind" label={t('kind')} value={initial.kind} allLabel={t('allKinds')} options={schoolKindOptions} className={field} selectClassName={select} />
        <FilterSelect id={`${id}-year`} name="year" label={t('year')} value={initial.year} allLabel={t('allYears')} options={years.map((y) => ({ value: y, label: y }))} className={field} selectClassName={select} />
      </div>

      <p id={`${id}-hint`} className="text-sm text-gray-700">
        {t('downloadHint')}
      </p>
      <div className="flex flex-wrap gap-3">
        {/* aria-disabled, not disabled: the button keeps the keyboard focus while the file arrives. */}
        <button type="submit" formAction="/api/export/xlsx" aria-disabled={busy} aria-describedby={`${id}-hint`} className={buttonClass('primary', `w-full sm:w-auto ${waiting}`)}>
          {t('downloadXlsx')}
        </button>
        <button type="submit" formAction="/api/export/csv" aria-disabled={busy} aria-describedby={`${id}-hint`} className={buttonClass('secondary', `w-full sm:w-auto ${waiting}`)}>
          {t('downloadCsv')}
        </button>
      </div>

      {busy ? (
        <div className="flex flex-col gap-2">
          <label id={`${id}-voortgang`} htmlFor={`${id}-progress`} className="font-semibold">
            {t('progressLabel')}
          </label>
          <progress id={`${id}-progress`} className="h-3 w-full" aria-valuetext={t('received', { size: size(status.bytes) })} />
          <div className="flex flex-wrap items-center gap-3">
            <span aria-hidden="true">{status.bytes === 0 ? t('preparing') : t('received', { size: size(status.bytes) })}</span>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                controller.current?.abort();
                // This button disappears: give the focus back to the download button.
                startedBy.current?.focus();
              }}
            >
              {t('stop')}
            </Button>
          </div>
        </div>
      ) : null}
      {/* Spoken progress, changed at most every ANNOUNCE_EVERY_MS (the visible count changes with every chunk). */}
      <p role="status" aria-live="polite" className="sr-only">
        {busy ? announced : ''}
      </p>
      {status.kind === 'done' ? <Alert tone="success">{t('done', { fileName: status.fileName, size: size(status.bytes) })}</Alert> : null}
      {status.kind === 'stopped' ? <Alert>{t('stopped')}</Alert> : null}
      {status.kind === 'error' ? <Alert tone="error">{t(`errors.${status.message}`)}</Alert> : null}
    </form>
  );
}

/** Hands the received file to the browser's downloads, under the server's file name. */
function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start saving before the data is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
