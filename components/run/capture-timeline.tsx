'use client';

import { useTranslations } from 'next-intl';
import { TimelineItem, type TimelineCapture } from './timeline-item';

/** The lesson's captures, newest first: saved ones, and those still waiting for the connection. */
export function CaptureTimeline({
  captures,
  pupilName,
  activityTitle,
  userId,
  editable,
  onChanged,
  onDeleted,
  onDiscard,
}: {
  captures: TimelineCapture[];
  pupilName: (capture: TimelineCapture) => string;
  activityTitle: (activityNumber: number | null) => string | null;
  userId: string;
  editable: boolean;
  onChanged: (capture: TimelineCapture) => void;
  onDeleted: (id: string) => void;
  onDiscard: (id: string) => void;
}) {
  const t = useTranslations('run');
  const sorted = [...captures].sort((a, b) => b.capturedAt.localeCompare(a.capturedAt));
  return (
    <section aria-labelledby="timeline-title" className="rounded-lg border border-brand-100 bg-white p-4">
      <h2 id="timeline-title" className="text-lg font-bold text-brand-800">
        {t('timelineTitle')}
      </h2>
      {sorted.length === 0 ? <p className="mt-2 text-sm text-gray-700">{t('timelineEmpty')}</p> : null}
      <ol className="mt-3 flex flex-col gap-2" data-testid="timeline">
        {sorted.map((capture) => (
          <TimelineItem
            key={capture.id}
            capture={capture}
            pupilName={pupilName(capture)}
            activityTitle={activityTitle(capture.activityNumber)}
            own={capture.authorId === userId}
            editable={editable}
            onChanged={onChanged}
            onDeleted={onDeleted}
            onDiscard={onDiscard}
          />
        ))}
      </ol>
    </section>
  );
}
