import type { z } from 'zod';

import type { programmeSchema } from '../schema';

/**
 * The five checks a learning goal must pass in lesson 5 (TEPPC), from the sentence "De doelen dienen
 * Toetsbaar (…), Ecologisch (…), Positief (…), Persoonlijk (…) en passen in de Context." The source gives
 * Context no explanation in brackets, so its explanation is the sentence's own words.
 */
export const goalCriteria = [
  {
    key: 'testable',
    label: 'Toetsbaar',
    explanation: 'Je kunt steeds samen kijken in hoeverre al gelukt',
  },
  {
    key: 'ecological',
    label: 'Ecologisch',
    explanation: 'Als het doel behaald wordt is dat goed voor iedereen',
  },
  { key: 'positive', label: 'Positief', explanation: 'wat wil je wel in plaats van wat wil je niet' },
  { key: 'personal', label: 'Persoonlijk', explanation: 'gericht op jezelf en niet op de ander' },
  { key: 'context', label: 'Context', explanation: 'passen in de Context' },
] satisfies z.input<typeof programmeSchema>['goalCriteria'];
