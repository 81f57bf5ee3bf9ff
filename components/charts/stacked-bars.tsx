import { ink, muted } from '@/lib/charts/palette';
import { pct, stackSegments } from '@/lib/charts/scale';

const ROW = 64;
const LABEL = 15;
const BAR_Y = 22;
const BAR = 16;
// The figures go on their own line under the bar: beside the name they would collide at 360 px.
const FIGURES = 54;

export interface SeriesStyle {
  fill: string;
  mark: string;
  outline: string;
  /** How the series is told apart without colour. */
  pattern: 'solid' | 'stripes' | 'dots';
}

/** The <pattern> that fills a series; also used by the legend's swatches. */
export function SeriesPattern({ id, style }: { id: string; style: SeriesStyle }) {
  if (style.pattern === 'stripes') {
    return (
      <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width={6} height={6} fill={style.fill} />
        <rect width={2.5} height={6} fill={style.mark} />
      </pattern>
    );
  }
  if (style.pattern === 'dots') {
    return (
      <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse">
        <rect width={6} height={6} fill={style.fill} />
        <circle cx={3} cy={3} r={1.3} fill={style.mark} />
      </pattern>
    );
  }
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse">
      <rect width={6} height={6} fill={style.fill} />
    </pattern>
  );
}

export interface StackedRow<K extends string> {
  key: string;
  label: string;
  valueText: string;
  parts: { key: K; value: number }[];
}

/**
 * One horizontal stacked bar per row, its name above it and its figures below. Each series has its
 * own pattern and outline as well as its colour, so the parts are told apart without colour.
 */
export function StackedBars<K extends string>({ id, summary, rows, styles }: { id: string; summary: string; rows: StackedRow<K>[]; styles: Record<K, SeriesStyle> }) {
  // No axis is drawn (the figures are written out): the longest bar spans the width.
  const axis = Math.max(1, ...rows.map((r) => r.parts.reduce((sum, p) => sum + p.value, 0)));
  const keys = Object.keys(styles) as K[];
  return (
    <svg role="img" aria-label={summary} width="100%" height={rows.length * ROW} className="block" fontSize={13}>
      <title>{summary}</title>
      <defs>
        {keys.map((key) => (
          <SeriesPattern key={key} id={`${id}-${key}`} style={styles[key]} />
        ))}
      </defs>
      {rows.map((row, i) => {
        const top = i * ROW;
        return (
          <g key={row.key}>
            <text x="0" y={top + LABEL} fill={ink} fontWeight={600}>
              {row.label}
            </text>
            <text x="0" y={top + FIGURES} fill={muted} fontSize={12}>
              {row.valueText}
            </text>
            {stackSegments(row.parts, axis).map((segment) => (
              <rect
                key={segment.key}
                x={pct(segment.start)}
                y={top + BAR_Y}
                width={pct(segment.width)}
                height={BAR}
                fill={`url(#${id}-${segment.key})`}
                stroke={styles[segment.key].outline}
                strokeWidth={1.5}
              />
            ))}
          </g>
        );
      })}
    </svg>
  );
}

/** The legend for StackedBars (and the filled/outlined bars): a swatch drawn the same way, and the name. */
export function Legend({ items }: { items: { key: string; label: string; swatch: React.ReactNode }[] }) {
  return (
    <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-2 text-sm">
      {items.map((item) => (
        <li key={item.key} className="flex items-center gap-2">
          {item.swatch}
          {item.label}
        </li>
      ))}
    </ul>
  );
}

export function PatternSwatch({ id, style }: { id: string; style: SeriesStyle }) {
  return (
    <svg width={28} height={16} className="shrink-0" aria-hidden="true">
      <defs>
        <SeriesPattern id={id} style={style} />
      </defs>
      <rect x={0.75} y={0.75} width={26.5} height={14.5} fill={`url(#${id})`} stroke={style.outline} strokeWidth={1.5} />
    </svg>
  );
}
