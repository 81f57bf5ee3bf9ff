import { describe, expect, it } from 'vitest';
import { planFieldSpecs } from '../plans/fields';
import { validateFieldValue } from './fields';

describe('validateFieldValue (plan fields)', () => {
  it('accepts registered keys with valid values', () => {
    expect(validateFieldValue(planFieldSpecs, 'activity.3.minutes', 10)).toEqual({ ok: true, value: 10 });
    expect(validateFieldValue(planFieldSpecs, 'activity.3.minutes', null)).toEqual({ ok: true, value: null });
    expect(validateFieldValue(planFieldSpecs, 'adaptation.groupDynamics', 'Rustig beginnen')).toMatchObject({ ok: true });
    expect(validateFieldValue(planFieldSpecs, 'scheduledAt', '2026-12-01T09:00:00+01:00')).toMatchObject({ ok: true });
    expect(validateFieldValue(planFieldSpecs, 'activity.2.lead', 'TEACHER')).toMatchObject({ ok: true });
  });

  it('refuses unknown keys and bad values with a Dutch message', () => {
    expect(validateFieldValue(planFieldSpecs, 'status', 'READY')).toEqual({ ok: false, message: 'Dit veld bestaat niet.' });
    expect(validateFieldValue(planFieldSpecs, 'activity.3.minutes', 46)).toEqual({ ok: false, message: 'Maximaal 45 minuten.' });
    expect(validateFieldValue(planFieldSpecs, 'activity.3.minutes', 2.5)).toEqual({ ok: false, message: 'Vul hele minuten in.' });
    expect(validateFieldValue(planFieldSpecs, 'activity.1.notes', 'x'.repeat(4001))).toEqual({ ok: false, message: 'Maximaal 4000 tekens.' });
    expect(validateFieldValue(planFieldSpecs, 'activity.1.lead', 'PARENT')).toMatchObject({ ok: false });
    expect(validateFieldValue(planFieldSpecs, 'scheduledAt', 'morgen')).toMatchObject({ ok: false });
  });
});
