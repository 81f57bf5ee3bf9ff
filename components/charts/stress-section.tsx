import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { DataTable, type DataRow } from '@/components/ui/data-table';
import { gridLine, heatColours } from '@/lib/charts/palette';
import type { StressGrid } from '@/lib/charts/series';
import { ChartSection } from './chart-section';
import { HeatGrid, type HeatRow } from './heat-grid';
import { Legend } from './stacked-bars';

/** (c) Stress signals per lesson (columns) and activity (rows); the table has the same layout. */
export async function StressSection({ grid }: { grid: StressGrid }) {
  const t = await getTranslations('charts.stress');
  const activityRows = Array.from({ length: grid.activityRows }, (_, i) => i + 1);
  const rows: HeatRow[] = activityRows.map((number) => ({
    key: `activity-${number}`,
    label: t('activityRow', { number }),
    values: grid.lessons.map((l) => l.activities[number - 1]?.count ?? null),
  }));
  if (grid.hasUnknown) rows.push({ key: 'unknown', label: t('unknownRow'), values: grid.lessons.map((l) => l.unknown) });

  const cells = grid.lessons.flatMap((l) => [
    ...l.activities.map((a) => ({ place: t('placeActivity', { lesson: l.number, number: a.number }), count: a.count })),
    { place: t('placeUnknown', { lesson: l.number }), count: l.unknown },
  ]);
  const peak = cells.reduce((best, c) => (c.count > best.count ? c : best), { place: '', count: 0 });
  const summary = grid.total === 0 ? t('summaryEmpty') : t('summary', { total: grid.total, place: peak.place, count: peak.count });

  // The activities differ per lesson: each count carries its activity's name (read aloud, and on hover).
  const tableRows: DataRow[] = activityRows.map((number) => ({
    key: String(number),
    header: t('activityRow', { number }),
    cells: grid.lessons.map((l) => {
      const activity = l.activities[number - 1];
      if (!activity) return '–';
      return (
        <span key={l.number} title={activity.title}>
          {activity.count}
          <span className="sr-only"> ({activity.title})</span>
        </span>
      );
    }),
  }));
  if (grid.hasUnknown) tableRows.push({ key: 'unknown', header: t('unknownRow'), cells: grid.lessons.map((l) => l.unknown) });
  return (
    <ChartSection
      id="stress"
      wideTable
      title={t('title')}
      description={t('description')}
      chart={
        grid.total === 0 ? (
          <Alert>{t('none')}</Alert>
        ) : (
          <>
            <HeatGrid summary={summary} corner={t('corner')} columns={grid.lessons.map((l) => String(l.number))} rows={rows} max={grid.max} />
            <Legend
              items={[
                {
                  key: 'scale',
                  label: `${t('legendLess')} → ${t('legendMore')}`,
                  swatch: (
                    <svg width={80} height={16} aria-hidden="true" className="shrink-0">
                      {heatColours.slice(1).map((c, i) => (
                        <rect key={c.fill} x={i * 20 + 0.5} y={0.5} width={19} height={15} fill={c.fill} stroke={gridLine} />
                      ))}
                    </svg>
                  ),
                },
              ]}
            />
          </>
        )
      }
      table={
        <DataTable
          id="stress-table"
          caption={t('caption')}
          columns={[t('activityColumn'), ...grid.lessons.map((l) => t('lessonColumn', { lesson: l.number }))]}
          rows={tableRows}
          footer={{ key: 'total', header: t('total'), cells: grid.lessons.map((l) => l.total) }}
        />
      }
    />
  );
}
