/**
 * Axis arithmetic for the coordinator's charts. Charts are drawn with percentages across (so
 * they fit any width without shrinking their text) and pixels down; these helpers turn counts
 * into those percentages and pick round tick values.
 */

/** A round step (1, 2 or 5 × 10ⁿ, at least 1) that splits `max` into about `target` parts. */
export function niceStep(max: number, target = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / Math.max(1, target);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  return Math.max(1, step);
}

/** The axis' top: the first multiple of the step at or above the largest value (1 for an empty chart). */
export function niceMax(max: number, target = 4): number {
  if (!(max > 0)) return 1;
  const step = niceStep(max, target);
  return Math.ceil(max / step) * step;
}

/** Tick values from 0 up to niceMax, in round steps. */
export function ticks(max: number, target = 4): number[] {
  const step = niceStep(max, target);
  const top = niceMax(max, target);
  const values: number[] = [];
  for (let v = 0; v <= top; v += step) values.push(v);
  return values;
}

/** Where a value lies on an axis from 0 to axisMax, as a percentage 0–100 (clamped). */
export function percentOf(value: number, axisMax: number): number {
  if (!(axisMax > 0) || !(value > 0)) return 0;
  return Math.min(100, (value / axisMax) * 100);
}

/** A percentage as an SVG length ("12.5%"), rounded so the markup stays short. */
export function pct(value: number): string {
  return `${Math.round(value * 100) / 100}%`;
}

export interface Segment<K extends string> {
  key: K;
  value: number;
  /** Left edge and width on the axis, in percent. */
  start: number;
  width: number;
}

/** The parts of one stacked bar laid end to end on an axis from 0 to axisMax (empty parts left out). */
export function stackSegments<K extends string>(parts: { key: K; value: number }[], axisMax: number): Segment<K>[] {
  const segments: Segment<K>[] = [];
  let start = 0;
  for (const part of parts) {
    if (!(part.value > 0)) continue;
    const width = percentOf(part.value, axisMax);
    segments.push({ key: part.key, value: part.value, start, width: Math.min(width, 100 - start) });
    start = Math.min(100, start + width);
  }
  return segments;
}
