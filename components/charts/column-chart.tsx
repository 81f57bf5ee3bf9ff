import { gridLine, ink, muted, primary } from '@/lib/charts/palette';
import { niceMax, pct, percentOf, ticks } from '@/lib/charts/scale';

const TOP = 22; // room for the value above the tallest column
const PLOT = 160;
const AXIS = 26;
const GUTTER = 8; // % on the left for the tick labels
/** Above this many columns the values are left to the table (three digits would not fit at 360 px). */
const MAX_VALUE_LABELS = 10;
const MAX_AXIS_LABELS = 8;

/**
 * Vertical columns over time, drawn in percentages across so the chart fills any width and its
 * text keeps its size (readable at 360 px). Server-rendered SVG; the summary is its accessible name.
 */
export function ColumnChart({ summary, axisUnit, columns }: { summary: string; axisUnit: string; columns: { key: string; axisLabel: string; value: number }[] }) {
  const max = Math.max(0, ...columns.map((c) => c.value));
  const top = niceMax(max);
  const slot = (100 - GUTTER) / Math.max(1, columns.length);
  const every = Math.ceil(columns.length / MAX_AXIS_LABELS);
  const y = (value: number) => TOP + PLOT - (percentOf(value, top) / 100) * PLOT;
  return (
    <svg role="img" aria-label={summary} width="100%" height={TOP + PLOT + AXIS} className="block overflow-visible" fontSize={12}>
      <title>{summary}</title>
      {ticks(max).map((tick) => (
        <g key={tick}>
          <line x1={pct(GUTTER)} x2="100%" y1={y(tick)} y2={y(tick)} stroke={tick === 0 ? muted : gridLine} />
          <text x={pct(GUTTER - 1)} y={y(tick)} dy="0.35em" textAnchor="end" fill={muted} fontSize={11}>
            {tick}
          </text>
        </g>
      ))}
      <text x={pct(GUTTER - 1)} y={TOP + PLOT + 17} textAnchor="end" fill={muted} fontSize={11}>
        {axisUnit}
      </text>
      {columns.map((column, i) => {
        const left = GUTTER + i * slot;
        const centre = pct(left + slot / 2);
        return (
          <g key={column.key}>
            {column.value > 0 ? <rect x={pct(left + slot * 0.15)} width={pct(slot * 0.7)} y={y(column.value)} height={TOP + PLOT - y(column.value)} fill={primary} /> : null}
            {columns.length <= MAX_VALUE_LABELS && column.value > 0 ? (
              <text x={centre} y={y(column.value) - 5} textAnchor="middle" fill={ink} fontWeight={600}>
                {column.value}
              </text>
            ) : null}
            {i % every === 0 ? (
              <text x={centre} y={TOP + PLOT + 17} textAnchor="middle" fill={muted}>
                {column.axisLabel}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
