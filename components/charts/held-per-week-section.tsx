import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { DataTable } from '@/components/ui/data-table';
import type { WeekCount } from '@/lib/charts/weeks';
import { formatShortDate } from '@/lib/format/dates';
import { ChartSection } from './chart-section';
import { ColumnChart } from './column-chart';

/** (a) Lessons held over time: one column per calendar week. */
export async function HeldPerWeekSection({ weeks }: { weeks: WeekCount[] }) {
  const t = await getTranslations('charts.held');
  const total = weeks.reduce((sum, w) => sum + w.count, 0);
  const peak = weeks.reduce<WeekCount | null>((best, w) => (!best || w.count > best.count ? w : best), null);
  const summary =
    total === 0 || !peak
      ? t('summaryEmpty')
      : t('summary', { total, first: weeks[0]!.week, last: weeks.at(-1)!.week, peak: peak.week, peakCount: peak.count });
  return (
    <ChartSection
      id="held"
      title={t('title')}
      description={t('description')}
      chart={
        total === 0 ? (
          <Alert>{t('empty')}</Alert>
        ) : (
          <ColumnChart summary={summary} axisUnit={t('axisUnit')} columns={weeks.map((w) => ({ key: w.weekStart, axisLabel: String(w.week), value: w.count }))} />
        )
      }
      table={
        <DataTable
          id="held-table"
          caption={t('caption')}
          columns={[t('weekColumn'), t('countColumn')]}
          rows={weeks.map((w) => ({ key: w.weekStart, header: t('weekRow', { week: w.week, date: formatShortDate(w.weekStart) }), cells: [w.count] }))}
          footer={{ key: 'total', header: t('total'), cells: [total] }}
        />
      }
    />
  );
}
