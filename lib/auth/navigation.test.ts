import { describe, expect, it } from 'vitest';
import { navigationFor } from './navigation';

describe('main menu per role', () => {
  it('gives the coordinator the overview, the answers, the charts, the fidelity report and the export, in that order', () => {
    expect(navigationFor('COORDINATOR').map((item) => [item.key, item.href])).toEqual([
      ['overview', '/overzicht'],
      ['answers', '/overzicht/antwoorden'],
      ['charts', '/overzicht/grafieken'],
      ['fidelity', '/overzicht/trouw'],
      ['export', '/overzicht/export'],
      ['programme', '/lessenreeks'],
    ]);
  });

  it('shows the coordinator pages to nobody else', () => {
    for (const role of ['TEACHER', 'CARE_WORKER', 'ADMIN'] as const) {
      expect(navigationFor(role).map((item) => item.key)).not.toContain('charts');
      expect(navigationFor(role).map((item) => item.key)).not.toContain('fidelity');
      expect(navigationFor(role).map((item) => item.key)).not.toContain('export');
      expect(navigationFor(role).map((item) => item.key)).not.toContain('answers');
    }
  });
});
