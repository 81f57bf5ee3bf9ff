import { gridLine, heatColours, ink, muted } from '@/lib/charts/palette';
import { pct } from '@/lib/charts/scale';
import { heatStep } from '@/lib/charts/series';

const HEADER = 24;
const ROW = 30;
const CELL = 26;
const LABELS = 30; // % of the width for the row names

export interface HeatRow {
  key: string;
  label: string;
  /** One value per column; null where the column has no such row (a lesson with fewer activities). */
  values: (number | null)[];
}

/** Smaller digits for larger counts, so four digits still fit a cell at 360 px. */
function digitSize(max: number): number {
  return max < 100 ? 13 : max < 1000 ? 11 : 10;
}

/**
 * A grid of counts (rows × columns) with every number written in its cell; the shade only
 * repeats the number (darker is more), so nothing depends on colour. Percentages across.
 */
export function HeatGrid({ summary, corner, columns, rows, max }: { summary: string; corner: string; columns: string[]; rows: HeatRow[]; max: number }) {
  const width = (100 - LABELS) / Math.max(1, columns.length);
  return (
    <svg role="img" aria-label={summary} width="100%" height={HEADER + rows.length * ROW} className="block" fontSize={13}>
      <title>{summary}</title>
      <text x={pct(LABELS - 2)} y={16} textAnchor="end" fill={muted}>
        {corner}
      </text>
      {columns.map((column, c) => (
        <text key={column} x={pct(LABELS + (c + 0.5) * width)} y={16} textAnchor="middle" fill={ink} fontWeight={600}>
          {column}
        </text>
      ))}
      {rows.map((row, r) => {
        const top = HEADER + r * ROW;
        return (
          <g key={row.key}>
            <text x={pct(LABELS - 2)} y={top + CELL / 2} dy="0.35em" textAnchor="end" fill={ink}>
              {row.label}
            </text>
            {row.values.map((value, c) => {
              const x = LABELS + c * width;
              const centre = pct(x + width / 2);
              if (value === null) {
                return (
                  <text key={c} x={centre} y={top + CELL / 2} dy="0.35em" textAnchor="middle" fill={muted}>
                    –
                  </text>
                );
              }
              const colours = heatColours[heatStep(value, max)];
              return (
                <g key={c}>
                  <rect x={pct(x + width * 0.06)} y={top} width={pct(width * 0.88)} height={CELL} rx={3} fill={colours.fill} stroke={gridLine} />
                  <text x={centre} y={top + CELL / 2} dy="0.35em" textAnchor="middle" fill={colours.text} fontSize={digitSize(max)} fontWeight={value > 0 ? 700 : 400}>
                    {value}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
