import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/ui/data-table';
import { homeworkColours } from '@/lib/charts/palette';
import { homeworkStatuses, type HomeworkCount, type HomeworkStatus } from '@/lib/charts/series';
import { ChartSection } from './chart-section';
import { Legend, PatternSwatch, StackedBars, type SeriesStyle } from './stacked-bars';

const styles: Record<HomeworkStatus, SeriesStyle> = {
  RETURNED: { ...homeworkColours.RETURNED, pattern: 'solid' },
  NOT_RETURNED: { ...homeworkColours.NOT_RETURNED, pattern: 'stripes' },
  HANDED_OUT: { ...homeworkColours.HANDED_OUT, pattern: 'dots' },
};

/** (d) The mentor's homework per lesson: returned, not returned, still out. */
export async function HomeworkSection({ rows }: { rows: HomeworkCount[] }) {
  const t = await getTranslations('charts.homework');
  const tCharts = await getTranslations('charts');
  const figures = (r: HomeworkCount) => ({ lesson: r.lessonNumber, returned: r.RETURNED, notReturned: r.NOT_RETURNED, handedOut: r.HANDED_OUT });
  const summary = t('summary', { list: rows.map((r) => t('summaryItem', figures(r))).join('; ') });
  const sum = (key: HomeworkStatus | 'total') => rows.reduce((s, r) => s + r[key], 0);
  return (
    <ChartSection
      id="homework"
      title={t('title')}
      description={t('description')}
      chart={
        <>
          <StackedBars
            id="homework-chart"
            summary={summary}
            styles={styles}
            rows={rows.map((r) => ({
              key: String(r.lessonNumber),
              label: tCharts('lessonLabel', { lesson: r.lessonNumber }),
              valueText: t('value', figures(r)),
              parts: homeworkStatuses.map((status) => ({ key: status, value: r[status] })),
            }))}
          />
          <Legend items={homeworkStatuses.map((status) => ({ key: status, label: t(`status.${status}`), swatch: <PatternSwatch id={`homework-legend-${status}`} style={styles[status]} /> }))} />
        </>
      }
      table={
        <DataTable
          id="homework-table"
          caption={t('caption')}
          columns={[t('lessonColumn'), ...homeworkStatuses.map((status) => t(`status.${status}`)), t('totalColumn')]}
          rows={rows.map((r) => ({ key: String(r.lessonNumber), header: tCharts('lessonLabel', { lesson: r.lessonNumber }), cells: [r.RETURNED, r.NOT_RETURNED, r.HANDED_OUT, r.total] }))}
          footer={{ key: 'total', header: t('total'), cells: [...homeworkStatuses.map(sum), sum('total')] }}
        />
      }
    />
  );
}
