/**
 * The editable fields of a lesson plan, as registered keys with their value schemas. Shared by
 * the form (client) and the save action (server). Absent fields take the programme's defaults.
 */
import { freeText } from '../free-text';
import { z } from '../zod';
import type { FieldSpec } from '../collab/types';

export const MAX_NOTE = 4000;

const note = freeText(MAX_NOTE);

export const adaptationKeys = ['age', 'development', 'groupDynamics', 'underlying'] as const;
export type AdaptationKey = (typeof adaptationKeys)[number];

export const planFieldSpecs: FieldSpec[] = [
  {
    // ISO date-time of the lesson, or null while not scheduled.
    pattern: /^scheduledAt$/,
    schema: z.string().datetime({ offset: true, message: 'Vul een geldige datum en tijd in.' }).nullable(),
  },
  { pattern: /^activity\.\d{1,2}\.included$/, schema: z.boolean() },
  { pattern: /^activity\.\d{1,2}\.option$/, schema: z.string().regex(/^[a-z0-9-]{1,80}$/, { message: 'Kies een van de opties.' }).nullable() },
  { pattern: /^activity\.\d{1,2}\.ownChoice$/, schema: note },
  {
    pattern: /^activity\.\d{1,2}\.minutes$/,
    schema: z
      .number({ message: 'Vul een aantal minuten in.' })
      .int({ message: 'Vul hele minuten in.' })
      .min(0, { message: 'Minimaal 0 minuten.' })
      .max(45, { message: 'Maximaal 45 minuten.' })
      .nullable(),
  },
  { pattern: /^activity\.\d{1,2}\.lead$/, schema: z.enum(['CARE_WORKER', 'TEACHER', 'BOTH'], { message: 'Kies wie de leiding heeft.' }) },
  { pattern: /^activity\.\d{1,2}\.notes$/, schema: note },
  { pattern: new RegExp(`^adaptation\\.(${adaptationKeys.join('|')})$`), schema: note },
  // Attention point for one pupil of the class (pupil data: audited, pair only).
  { pattern: /^attention\.[a-z0-9]{10,40}$/, schema: note },
  { pattern: /^material\.\d{1,2}\.prepared$/, schema: z.boolean() },
];

export const activityKey = (number: number, field: 'included' | 'option' | 'ownChoice' | 'minutes' | 'lead' | 'notes') => `activity.${number}.${field}`;
export const adaptationKey = (key: AdaptationKey) => `adaptation.${key}`;
export const attentionKey = (pupilId: string) => `attention.${pupilId}`;
export const materialKey = (number: number) => `material.${number}.prepared`;

/** The number in "activity.3.minutes" / "material.2.prepared", or null. */
export function numberInKey(key: string): number | null {
  const match = /^(?:activity|material)\.(\d{1,2})\./.exec(key);
  return match ? Number(match[1]) : null;
}

export function pupilIdInKey(key: string): string | null {
  return key.startsWith('attention.') ? key.slice('attention.'.length) : null;
}
