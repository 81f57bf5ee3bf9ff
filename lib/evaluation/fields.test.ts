import { describe, expect, it } from 'vitest';
import { validateFieldValue } from '../collab/fields';
import { evaluationFieldSpecs, evaluationKeys } from './fields';

describe('evaluation fields', () => {
  it('registers the five questions with their parts', () => {
    expect(evaluationKeys).toEqual([
      'stressActions.a',
      'stressActions.b',
      'stressActions.c',
      'trustBehaviours.b1',
      'trustBehaviours.b2',
      'trustBehaviours.b3',
      'pupilExample',
      'interventionBuild',
      'collaboration',
    ]);
  });

  it('accepts text up to 4000 characters for registered keys only', () => {
    expect(validateFieldValue(evaluationFieldSpecs, 'stressActions.a', 'Rustig begroeten')).toEqual({ ok: true, value: 'Rustig begroeten' });
    expect(validateFieldValue(evaluationFieldSpecs, 'collaboration', 'x'.repeat(4000))).toMatchObject({ ok: true });
    expect(validateFieldValue(evaluationFieldSpecs, 'collaboration', 'x'.repeat(4001))).toEqual({ ok: false, message: 'Maximaal 4000 tekens.' });
    expect(validateFieldValue(evaluationFieldSpecs, 'stressActions.d', 'x')).toEqual({ ok: false, message: 'Dit veld bestaat niet.' });
    expect(validateFieldValue(evaluationFieldSpecs, 'stressActionsXa', 'x')).toMatchObject({ ok: false });
    expect(validateFieldValue(evaluationFieldSpecs, 'pupilExample', 3)).toMatchObject({ ok: false });
    expect(validateFieldValue(evaluationFieldSpecs, 'pupilExample', null)).toMatchObject({ ok: false });
  });
});
