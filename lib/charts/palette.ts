/**
 * The charts' colours. Every mark that carries meaning reaches 3:1 against the white page
 * (WCAG 1.4.11) and every number printed on a fill reaches 4.5:1 (1.4.3); palette.test.ts checks
 * both. Colour never stands alone: bars carry patterns or outlines and numbers are written out.
 */

export const ink = '#1c2421';
export const muted = '#4b5563';
export const gridLine = '#d1d5db';

/** Filled bars: counts that happened (lessons held per week, evaluations submitted, sheets returned). */
export const primary = '#1f6f5c';
/** Outlined track: the total a filled bar is part of (lessons held behind evaluations submitted). */
export const trackFill = '#eef7f4';

/** Homework: returned solid, not returned striped, still out dotted. */
export const homeworkColours = {
  RETURNED: { fill: primary, mark: primary, outline: primary },
  NOT_RETURNED: { fill: '#fde7c7', mark: '#b45309', outline: '#b45309' },
  HANDED_OUT: { fill: '#f3f4f6', mark: muted, outline: muted },
} as const;

/** Heat-map steps 0 (none) to 4, each with the colour of the number written on it. */
export const heatColours = [
  { fill: '#ffffff', text: ink },
  { fill: '#d5ece4', text: ink },
  { fill: '#9fd0bf', text: ink },
  { fill: '#1f6f5c', text: '#ffffff' },
  { fill: '#12463a', text: '#ffffff' },
] as const;
