import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import { heatColours, homeworkColours, ink, muted, primary } from './palette';

const white = '#ffffff';

describe('chart colours', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', white)).toBeCloseTo(21, 5);
    expect(contrastRatio(white, white)).toBe(1);
    expect(contrastRatio('#767676', white)).toBeCloseTo(4.54, 2);
  });

  it('draws meaningful marks at 3:1 or more against the page', () => {
    for (const colour of [primary, muted, ...Object.values(homeworkColours).flatMap((c) => [c.mark, c.outline])]) {
      expect(contrastRatio(colour, white), colour).toBeGreaterThanOrEqual(3);
    }
  });

  it('writes text at 4.5:1 or more on the page and on every heat-map step', () => {
    expect(contrastRatio(ink, white)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(muted, white)).toBeGreaterThanOrEqual(4.5);
    for (const step of heatColours) expect(contrastRatio(step.text, step.fill), step.fill).toBeGreaterThanOrEqual(4.5);
  });
});
