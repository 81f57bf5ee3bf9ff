/**
 * The fields of a RUN document: the live state of a lesson being given, one per plan (documentId =
 * the plan's id). Only clocks and the current activity live here, never anything about a pupil:
 * the classroom display (digibord) follows this document. Shared by the client and the server.
 */
import { z } from '../zod';
import type { FieldSpec } from '../collab/types';

/** Longest time one activity can have run, in seconds (a school day is far shorter). */
export const MAX_ACTIVITY_SECONDS = 24 * 60 * 60;

const instant = z.iso.datetime({ offset: true, message: 'Geen geldig tijdstip.' }).nullable();

export const runKeys = {
  currentActivity: 'currentActivity',
  lessonStartedAt: 'lessonStartedAt',
  activityStartedAt: 'activityStartedAt',
  pausedAt: 'pausedAt',
} as const;

/** Seconds an activity ran before its current stretch (time on it before going back and forth). */
export const activitySecondsKey = (activityNumber: number) => `activity.${activityNumber}.seconds`;

export function activityNumberInRunKey(key: string): number | null {
  const match = /^activity\.(\d{1,2})\.seconds$/.exec(key);
  return match ? Number(match[1]) : null;
}

export const runFieldSpecs: FieldSpec[] = [
  { pattern: /^currentActivity$/, schema: z.number().int().min(1).max(99).nullable() },
  // When the lesson and the current activity started, shifted forward by any pause on resume,
  // so elapsed time is always (pausedAt ?? now) − startedAt.
  { pattern: /^lessonStartedAt$/, schema: instant },
  { pattern: /^activityStartedAt$/, schema: instant },
  { pattern: /^pausedAt$/, schema: instant },
  { pattern: /^activity\.\d{1,2}\.seconds$/, schema: z.number().int().min(0).max(MAX_ACTIVITY_SECONDS) },
];
