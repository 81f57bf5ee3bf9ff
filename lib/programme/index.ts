import { celebration } from './content/celebration';
import { evaluation } from './content/evaluation';
import { goalCriteria } from './content/goal-criteria';
import { lesson1 } from './content/lesson-1';
import { lesson2 } from './content/lesson-2';
import { lesson3 } from './content/lesson-3';
import { lesson4 } from './content/lesson-4';
import { lesson5 } from './content/lesson-5';
import { lesson6 } from './content/lesson-6';
import { lesson7 } from './content/lesson-7';
import { lesson8 } from './content/lesson-8';
import { trustDefinition } from './content/trust-definition';
import { programmeSchema, type Lesson, type Programme } from './schema';

/** Every lesson is planned against 45 minutes ("in totaal 45 minuten per les"). */
export const LESSON_BUDGET_MINUTES = 45;

// Parsed at module load so a malformed content file fails on import, not in front of a user.
export const programme: Programme = programmeSchema.parse({
  version: 1,
  title: 'Bouwen aan vertrouwen',
  lessons: [lesson1, lesson2, lesson3, lesson4, lesson5, lesson6, lesson7, lesson8],
  evaluation,
  goalCriteria,
  trustDefinition,
  celebration,
});

/** The lesson with this number (1–8), or undefined for any other number. */
export function getLesson(number: number): Lesson | undefined {
  return programme.lessons.find((lesson) => lesson.number === number);
}
