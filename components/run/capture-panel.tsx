'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { CAPTURE_TEXT_MAX, captureKinds, type CaptureKind } from '@/lib/run/schema';

export interface CapturePupil {
  id: string;
  alias: string;
  attention: string | null;
}

const kindStyle: Record<CaptureKind, string> = {
  STRESS: 'min-h-20 w-full bg-red-700 text-2xl text-white hover:bg-red-800 sm:col-span-3',
  OBSERVATION: 'min-h-14 bg-sky-800 text-white hover:bg-sky-900',
  HELPED: 'min-h-14 bg-brand-600 text-white hover:bg-brand-700',
  CONVERSATION_NEEDED: 'min-h-14 bg-violet-800 text-white hover:bg-violet-900',
};

/**
 * Quick capture: the class's pupils as large buttons. Tap a pupil, then what you see: "Stress"
 * (first and largest) saves at once, so a stress signal takes two taps; a short text is optional.
 */
export function CapturePanel({ pupils, onCapture }: { pupils: CapturePupil[]; onCapture: (pupil: CapturePupil, kind: CaptureKind, text: string) => void }) {
  const t = useTranslations('run');
  const [selected, setSelected] = useState<CapturePupil | null>(null);
  const [text, setText] = useState('');
  const close = () => {
    setSelected(null);
    setText('');
  };
  const withAttention = pupils.filter((p) => p.attention);

  return (
    <section aria-labelledby="capture-title" className="rounded-lg border border-brand-100 bg-white p-4">
      <h2 id="capture-title" className="text-lg font-bold text-brand-800">
        {t('captureTitle')}
      </h2>
      <p className="mt-1 text-sm text-gray-700">{t('captureIntro')}</p>
      <ul className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-2 xl:grid-cols-3" aria-label={t('captureTitle')}>
        {pupils.map((pupil) => (
          <li key={pupil.id}>
            <button
              type="button"
              onClick={() => setSelected(pupil)}
              className="flex min-h-16 w-full items-center justify-center gap-1 rounded-lg border-2 border-brand-600 bg-brand-50 px-2 py-3 text-lg font-bold text-brand-800 hover:bg-brand-100"
            >
              {pupil.alias}
              {pupil.attention ? (
                <span className="text-amber-700" title={t('attentionMark')}>
                  <span aria-hidden="true">●</span>
                  <span className="sr-only">({t('attentionMark')})</span>
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
      {withAttention.length > 0 ? (
        <details className="mt-3 rounded-md bg-gray-50 p-2 text-sm">
          <summary className="cursor-pointer font-semibold">{t('attentionTitle')}</summary>
          <dl className="mt-2 grid gap-1">
            {withAttention.map((p) => (
              <div key={p.id}>
                <dt className="font-semibold">{p.alias}</dt>
                <dd className="whitespace-pre-line">{p.attention}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}

      <ModalDialog open={selected !== null} onClose={close} labelledBy="capture-dialog-title">
        {selected ? (
          <div className="flex flex-col gap-4">
            <h3 id="capture-dialog-title" className="text-xl font-bold text-brand-800">
              {t('captureFor', { name: selected.alias })}
            </h3>
            <div className="grid gap-2 sm:grid-cols-3">
              {captureKinds.map((kind) => (
                <button
                  key={kind}
                  type="button"
                  // Stress first and focused: the second of the two taps.
                  autoFocus={kind === 'STRESS'}
                  onClick={() => {
                    onCapture(selected, kind, text);
                    close();
                  }}
                  className={`rounded-lg px-3 py-2 font-bold ${kindStyle[kind]}`}
                >
                  {t(`kind_${kind}`)}
                </button>
              ))}
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor="capture-text" className="font-semibold">
                {t('captureText')}
              </label>
              <input
                id="capture-text"
                type="text"
                maxLength={CAPTURE_TEXT_MAX}
                value={text}
                onChange={(event) => setText(event.target.value)}
                aria-describedby="capture-text-count"
                className="min-h-11 w-full rounded-md border border-gray-400 bg-white px-3 py-2"
              />
              <p id="capture-text-count" className="text-sm text-gray-600">
                {t('captureTextCount', { count: text.length, max: CAPTURE_TEXT_MAX })}
              </p>
            </div>
            <button type="button" onClick={close} className="self-end rounded-md px-3 py-2 font-semibold text-brand-800 underline">
              {t('cancel')}
            </button>
          </div>
        ) : null}
      </ModalDialog>
    </section>
  );
}
