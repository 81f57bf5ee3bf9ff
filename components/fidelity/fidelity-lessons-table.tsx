import { getFormatter, getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/ui/data-table';
import { outcomeKinds, share, type FidelityLesson } from '@/lib/fidelity/summarise';

/** Per lesson, over the whole selection: outcomes (count and share) and planned versus actual minutes. */
export async function FidelityLessonsTable({ lessons }: { lessons: FidelityLesson[] }) {
  const t = await getTranslations('fidelity');
  const format = await getFormatter();
  const minutes = (value: number | null) => (value === null ? t('none') : format.number(value, { maximumFractionDigits: 1 }));
  const difference = (l: FidelityLesson) =>
    l.plannedMinutes === null || l.actualMinutes === null ? t('none') : format.number(l.actualMinutes - l.plannedMinutes, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  return (
    <DataTable
      id="fidelity-lessons"
      caption={t('overallCaption')}
      columns={[
        t('lessonColumn'),
        t('heldColumn'),
        t('recordedColumn'),
        ...outcomeKinds.map((kind) => t(`outcome.${kind}`)),
        t('plannedColumn'),
        t('actualColumn'),
        t('differenceColumn'),
      ]}
      rows={lessons.map((l) => ({
        key: String(l.lessonNumber),
        header: t('lessonRow', { lesson: l.lessonNumber }),
        cells: [
          l.held,
          l.recorded,
          ...outcomeKinds.map((kind) => {
            const part = share(l.outcomes[kind], l.outcomeTotal);
            return part === null ? l.outcomes[kind] : t('countShare', { count: l.outcomes[kind], share: format.number(part, { style: 'percent', maximumFractionDigits: 0 }) });
          }),
          minutes(l.plannedMinutes),
          minutes(l.actualMinutes),
          difference(l),
        ],
      }))}
    />
  );
}
