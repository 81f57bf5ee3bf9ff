import type { ProblemBoxStatus } from '../generated/prisma/enums';
import type { ProblemEntryInput } from './schema';

export interface StoredEntry {
  problem: string;
  pupilId: string | null;
  solutions: string | null;
  status: ProblemBoxStatus;
  discussedInLesson: number | null;
}

/** A stored entry as its form shows it (and as its version is computed over). */
export function entryValues(entry: StoredEntry): ProblemEntryInput {
  return {
    problem: entry.problem,
    anonymous: entry.pupilId === null,
    pupilId: entry.pupilId ?? '',
    solutions: entry.solutions ?? '',
    status: entry.status,
    discussedInLesson: entry.discussedInLesson === null ? '' : (String(entry.discussedInLesson) as ProblemEntryInput['discussedInLesson']),
  };
}

/** The form's values as stored: no pupil when anonymous, empty text as null. */
export function entryData(input: { problem: string; anonymous: boolean; pupilId: string; solutions: string; status: ProblemBoxStatus; discussedInLesson: string }) {
  return {
    problem: input.problem,
    pupilId: input.anonymous || input.pupilId === '' ? null : input.pupilId,
    solutions: input.solutions === '' ? null : input.solutions,
    status: input.status,
    discussedInLesson: input.discussedInLesson === '' ? null : Number(input.discussedInLesson),
  };
}
