import { useTranslations } from 'next-intl';
import type { CaptureView } from '@/lib/evaluation/queries';

const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });

/** Beside a question: what was captured about pupils during the lesson, to draw on. */
export function CapturesAside({ title, captures }: { title: string; captures: CaptureView[] | null }) {
  const t = useTranslations('evaluation');
  return (
    <aside aria-label={title} className="rounded-md border border-sky-200 bg-sky-50 p-3 text-sm">
      <h4 className="font-semibold text-sky-900">{title}</h4>
      {captures === null ? (
        <p className="mt-1 text-gray-700">{t('capturesHidden')}</p>
      ) : captures.length === 0 ? (
        <p className="mt-1 text-gray-700">{t('capturesNone')}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2">
          {captures.map((c) => (
            <li key={c.id} className="rounded bg-white p-2">
              <p>
                <span className="font-semibold">{c.pupilAlias}</span>{' '}
                <span className="rounded-full bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-900">{t(`kind_${c.kind}`)}</span>
              </p>
              {c.text ? <p className="mt-1 whitespace-pre-line">{c.text}</p> : null}
              <p className="mt-1 text-xs text-gray-600">{t('captureBy', { time: timeFormat.format(new Date(c.capturedAt)), author: c.authorName })}</p>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

/** Stress and what helped go beside question 1; observations and conversations needed beside question 3. */
export function capturesFor(questionKey: string, captures: CaptureView[] | null): CaptureView[] | null | undefined {
  if (questionKey === 'stressActions') return captures && captures.filter((c) => c.kind === 'STRESS' || c.kind === 'HELPED');
  if (questionKey === 'pupilExample') return captures && captures.filter((c) => c.kind === 'OBSERVATION' || c.kind === 'CONVERSATION_NEEDED');
  return undefined;
}
