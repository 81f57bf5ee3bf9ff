import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/ui/data-table';
import { primary, trackFill } from '@/lib/charts/palette';
import type { EvaluationCount } from '@/lib/charts/series';
import { ChartSection } from './chart-section';
import { ProgressBars } from './progress-bars';
import { Legend } from './stacked-bars';

/** (b) Evaluations submitted per lesson, against the lessons held. */
export async function EvaluationsSection({ rows }: { rows: EvaluationCount[] }) {
  const t = await getTranslations('charts.evaluations');
  const tCharts = await getTranslations('charts');
  const summary = t('summary', { list: rows.map((r) => t('summaryItem', { lesson: r.lessonNumber, submitted: r.submitted, held: r.held })).join(', ') });
  return (
    <ChartSection
      id="evaluations"
      title={t('title')}
      description={t('description')}
      chart={
        <>
          <ProgressBars
            summary={summary}
            rows={rows.map((r) => ({
              key: String(r.lessonNumber),
              label: tCharts('lessonLabel', { lesson: r.lessonNumber }),
              valueText: t('value', { submitted: r.submitted, held: r.held }),
              value: r.submitted,
              of: r.held,
            }))}
          />
          <Legend
            items={[
              {
                key: 'submitted',
                label: t('legendSubmitted'),
                swatch: (
                  <svg width={28} height={16} aria-hidden="true" className="shrink-0">
                    <rect width={28} height={16} fill={primary} />
                  </svg>
                ),
              },
              {
                key: 'held',
                label: t('legendHeld'),
                swatch: (
                  <svg width={28} height={16} aria-hidden="true" className="shrink-0">
                    <rect x={0.75} y={0.75} width={26.5} height={14.5} fill={trackFill} stroke={primary} strokeWidth={1.5} strokeDasharray="4 3" />
                  </svg>
                ),
              },
            ]}
          />
        </>
      }
      table={
        <DataTable
          id="evaluations-table"
          caption={t('caption')}
          columns={[t('lessonColumn'), t('heldColumn'), t('submittedColumn')]}
          rows={rows.map((r) => ({ key: String(r.lessonNumber), header: tCharts('lessonLabel', { lesson: r.lessonNumber }), cells: [r.held, r.submitted] }))}
          footer={{ key: 'total', header: t('total'), cells: [rows.reduce((s, r) => s + r.held, 0), rows.reduce((s, r) => s + r.submitted, 0)] }}
        />
      }
    />
  );
}
