import { ink, primary, trackFill } from '@/lib/charts/palette';
import { pct, percentOf } from '@/lib/charts/scale';

const ROW = 46;
const LABEL = 15; // baseline of the row's text line
const BAR_Y = 22;
const BAR = 16;

export interface ProgressBar {
  key: string;
  label: string;
  /** The row's figures in words, written at the right end of its text line. */
  valueText: string;
  value: number;
  /** The whole the value is part of, drawn as an outlined track behind the filled bar. */
  of: number;
}

/**
 * Horizontal bars, one per row, each with its name and figures written above it (so nothing
 * depends on colour or on reading a length): a filled bar for the part, an outlined track for
 * the whole. Percentages across, pixels down: readable at any width.
 */
export function ProgressBars({ summary, rows }: { summary: string; rows: ProgressBar[] }) {
  // No axis is drawn (the figures are written out): the longest bar spans the width.
  const axis = Math.max(1, ...rows.map((r) => Math.max(r.value, r.of)));
  return (
    <svg role="img" aria-label={summary} width="100%" height={rows.length * ROW} className="block" fontSize={13}>
      <title>{summary}</title>
      {rows.map((row, i) => {
        const top = i * ROW;
        return (
          <g key={row.key}>
            <text x="0" y={top + LABEL} fill={ink} fontWeight={600}>
              {row.label}
            </text>
            <text x="100%" y={top + LABEL} textAnchor="end" fill={ink}>
              {row.valueText}
            </text>
            {row.of > 0 ? (
              <rect x="0" y={top + BAR_Y} width={pct(percentOf(row.of, axis))} height={BAR} fill={trackFill} stroke={primary} strokeWidth={1.5} strokeDasharray="4 3" />
            ) : null}
            {row.value > 0 ? <rect x="0" y={top + BAR_Y} width={pct(percentOf(row.value, axis))} height={BAR} fill={primary} /> : null}
          </g>
        );
      })}
    </svg>
  );
}
