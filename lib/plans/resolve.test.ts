import { describe, expect, it } from 'vitest';
import type { FieldState } from '../collab/types';
import { getLesson } from '../programme';
import { resolvePlan } from './resolve';

const state = (value: FieldState['value']): FieldState => ({ value, version: 1, updatedBy: 'u', updatedAt: null });

describe('resolvePlan', () => {
  const lesson = getLesson(1)!;

  it('takes the programme defaults when nothing is chosen', () => {
    const plan = resolvePlan(lesson, {});
    expect(plan.activities).toHaveLength(7);
    expect(plan.activities[1]).toMatchObject({ number: 2, included: true, lead: 'CARE_WORKER', optionKey: null, notes: '' });
    expect(plan.plannedMinutes).toBe(0);
    expect(plan.materials.every((m) => !m.prepared)).toBe(true);
  });

  it('applies the pair choices', () => {
    const option = lesson.activities[5]!.options[2]!;
    const plan = resolvePlan(
      lesson,
      {
        'activity.6.option': state(option.key),
        'activity.6.minutes': state(10),
        'activity.2.minutes': state(5),
        'activity.3.lead': state('BOTH'),
        'activity.4.notes': state('A3-vellen klaarleggen'),
        'adaptation.age': state('Korte instructies'),
        'attention.pupil1': state('Naast de hulpverlener zetten'),
        'material.2.prepared': state(true),
        scheduledAt: state('2026-12-01T08:00:00.000Z'),
      },
      ['pupil1', 'pupil2'],
    );
    expect(plan.activities[5]).toMatchObject({ optionKey: option.key, optionLabel: option.label, minutes: 10 });
    expect(plan.activities[2]!.lead).toBe('BOTH');
    expect(plan.activities[3]!.notes).toBe('A3-vellen klaarleggen');
    expect(plan.plannedMinutes).toBe(15);
    expect(plan.adaptations.age).toBe('Korte instructies');
    expect(plan.attention).toEqual([{ pupilId: 'pupil1', text: 'Naast de hulpverlener zetten' }]);
    expect(plan.materials.find((m) => m.number === 2)?.prepared).toBe(true);
    expect(plan.scheduledAt).toBe('2026-12-01T08:00:00.000Z');
  });

  it('ignores an option that does not belong to the activity', () => {
    const plan = resolvePlan(lesson, { 'activity.6.option': state('bestaat-niet') });
    expect(plan.activities[5]!.optionKey).toBeNull();
  });
});
