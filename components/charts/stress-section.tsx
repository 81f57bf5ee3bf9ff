import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { DataTable, type DataRow } from '@/components/ui/data-table';
import { gridLine, heatColours } from '@/lib/charts/palette';
import type { StressGrid } from '@/lib/charts/series';
import { ChartSection } from './chart-section';
import { HeatGrid, type HeatRow } from './heat-grid';
import { Legend } from './stacked-bars';

/** (c) Stress signals per lesson (columns) and activity (rows). */
export async function StressSection({ grid }: { grid: StressGrid }) {
  const t = await getTranslations('charts.stress');
  const rows: HeatRow[] = Array.from({ length: grid.activityRows }, (_, i) => ({
    key: `activity-${i + 1}`,
    label: t('activityRow', { number: i + 1 }),
    values: grid.lessons.map((l) => l.activities[i]?.count ?? null),
  }));
  if (grid.hasUnknown) rows.push({ key: 'unknown', label: t('unknownRow'), values: grid.lessons.map((l) => l.unknown) });
  rows.push({ key: 'total', label: t('totalRow'), values: grid.lessons.map((l) => l.total), total: true });

  const cells = grid.lessons.flatMap((l) => [
    ...l.activities.map((a) => ({ place: t('placeActivity', { lesson: l.number, number: a.number }), count: a.count })),
    { place: t('placeUnknown', { lesson: l.number }), count: l.unknown },
  ]);
  const peak = cells.reduce((best, c) => (c.count > best.count ? c : best), { place: '', count: 0 });
  const summary = grid.total === 0 ? t('summaryEmpty') : t('summary', { total: grid.total, place: peak.place, count: peak.count });

  const tableRows: DataRow[] = grid.lessons.flatMap((l) => [
    ...l.activities
      .filter((a) => a.count > 0)
      .map((a) => ({ key: `${l.number}-${a.number}`, header: t('activityName', { lesson: l.number, number: a.number, title: a.title }), cells: [a.count] })),
    ...(l.unknown > 0 ? [{ key: `${l.number}-unknown`, header: t('unknownName', { lesson: l.number }), cells: [l.unknown] }] : []),
  ]);
  return (
    <ChartSection
      id="stress"
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
          columns={[t('lessonColumn'), t('countColumn')]}
          rows={tableRows}
          longRowNames
          footer={{ key: 'total', header: t('total'), cells: [grid.total] }}
        />
      }
    />
  );
}
