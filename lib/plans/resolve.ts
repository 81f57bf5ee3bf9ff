/**
 * A plan as it stands: the programme's activities with the pair's choices applied (absent
 * fields take the programme's defaults). Used by the print view, the previous-lesson panel and
 * the run view, so all three read a plan the same way.
 */
import type { FieldState } from '../collab/types';
import type { LeadRole } from '../programme/schema';
import { activityKey, adaptationKey, adaptationKeys, attentionKey, materialKey, type AdaptationKey } from './fields';

export interface LessonShape {
  activities: { number: number; title: string; lead: LeadRole; minutes: number | null; options: { key: string; label: string; ownChoice?: boolean }[] }[];
  materials: { number: number; title: string }[];
}

export interface ResolvedActivity {
  number: number;
  title: string;
  included: boolean;
  optionKey: string | null;
  optionLabel: string | null;
  ownChoice: string | null;
  minutes: number | null;
  lead: LeadRole;
  notes: string;
}

export interface ResolvedPlan {
  scheduledAt: string | null;
  activities: ResolvedActivity[];
  adaptations: Record<AdaptationKey, string>;
  attention: { pupilId: string; text: string }[];
  materials: { number: number; title: string; prepared: boolean }[];
  plannedMinutes: number;
}

export function resolvePlan(lesson: LessonShape, fields: Record<string, FieldState>, pupilIds: string[] = []): ResolvedPlan {
  const value = (key: string) => fields[key]?.value ?? null;
  const text = (key: string) => {
    const v = value(key);
    return typeof v === 'string' ? v : '';
  };
  const activities = lesson.activities.map((a): ResolvedActivity => {
    const optionKey = value(activityKey(a.number, 'option'));
    const option = a.options.find((o) => o.key === optionKey) ?? null;
    const minutes = value(activityKey(a.number, 'minutes'));
    const lead = value(activityKey(a.number, 'lead'));
    return {
      number: a.number,
      title: a.title,
      included: value(activityKey(a.number, 'included')) !== false,
      optionKey: option?.key ?? null,
      optionLabel: option?.label ?? null,
      ownChoice: option?.ownChoice ? text(activityKey(a.number, 'ownChoice')) || null : null,
      minutes: typeof minutes === 'number' ? minutes : a.minutes,
      lead: lead === 'CARE_WORKER' || lead === 'TEACHER' || lead === 'BOTH' ? lead : a.lead,
      notes: text(activityKey(a.number, 'notes')),
    };
  });
  return {
    scheduledAt: typeof value('scheduledAt') === 'string' ? (value('scheduledAt') as string) : null,
    activities,
    adaptations: Object.fromEntries(adaptationKeys.map((k) => [k, text(adaptationKey(k))])) as Record<AdaptationKey, string>,
    attention: pupilIds.filter((id) => text(attentionKey(id))).map((id) => ({ pupilId: id, text: text(attentionKey(id)) })),
    materials: lesson.materials.map((m) => ({ number: m.number, title: m.title, prepared: value(materialKey(m.number)) === true })),
    plannedMinutes: activities.reduce((sum, a) => sum + (a.included && a.minutes ? a.minutes : 0), 0),
  };
}
