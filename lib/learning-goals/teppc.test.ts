import { describe, expect, it } from 'vitest';
import { goalCriteria } from '../programme/content/goal-criteria';
import { CRITERION_KEYS, checkPlan, demandsOnOthers, isFirstPerson, negativePhrases, type Confirmations } from './teppc';

const allConfirmed: Confirmations = { testable: true, ecological: true, positive: true, personal: true, context: true };
const plan = (planWhat: string, planWhen = 'Elke ochtend na de kring') => ({ planWhat, planWhen });
const criterion = (what: string, key: (typeof CRITERION_KEYS)[number], confirmations: Partial<Confirmations> = allConfirmed) =>
  checkPlan(plan(what), confirmations).criteria.find((c) => c.key === key);

describe('negativePhrases (Positief: wat wil je wel in plaats van wat wil je niet)', () => {
  it.each([
    ['Niet meer boos worden als ik moet wachten', ['niet meer']],
    ['Ik ga niet schreeuwen in de klas', ['niet']],
    ['Geen ruzie meer maken op het plein', ['geen … meer']],
    ['Ik wil geen ruzie maken', ['geen']],
    ['Stoppen met schelden', ['stoppen met']],
    ['Ik ga nooit meer slaan', ['nooit']],
    ['Minder vaak boos worden', ['minder']],
    ['Ik wil ophouden met plagen', ['ophouden met']],
    ['NIET MEER wegrennen', ['niet meer']],
  ])('flags "%s"', (text, expected) => {
    expect(negativePhrases(text)).toEqual(expected);
  });

  it.each([
    'Ik steek mijn vinger op en wacht rustig tot ik een beurt krijg',
    'Ik vraag mijn maatje om hulp als het niet lukt',
    'Als het niet lukt, vraag ik de juf om hulp',
    'Wanneer ik niet weet wat ik moet doen dan vraag ik het aan Noor',
    'Ik zeg elke ochtend goedemorgen tegen iemand nieuw',
    // Words that merely contain a negation are no negation.
    'Ik help iemand met een nietmachine',
    'Ik vertel de juf wat er gebeurde',
  ])('accepts "%s"', (text) => {
    expect(negativePhrases(text)).toEqual([]);
  });

  it('still flags a negation outside the condition', () => {
    expect(negativePhrases('Als ik boos ben, ga ik niet meer slaan')).toEqual(['niet meer']);
    expect(negativePhrases('Ik wil net zo goed rekenen als Noor en nooit meer huilen')).toEqual(['nooit']);
  });
});

describe('Persoonlijk: gericht op jezelf en niet op de ander', () => {
  it('asks for the ik-form', () => {
    expect(isFirstPerson('Ik vraag om hulp')).toBe(true);
    expect(isFirstPerson('Om hulp vragen als het moeilijk wordt voor me')).toBe(true);
    expect(isFirstPerson('Elke dag vijf minuten lezen')).toBe(false);
  });

  it('flags a demand on someone else', () => {
    expect(demandsOnOthers('Mijn moeder moet me helpen met huiswerk')).toEqual(['moeder moet']);
    expect(demandsOnOthers('De juf moet mij vaker een beurt geven')).toEqual(['juf moet']);
    expect(demandsOnOthers('Ik moet rustig blijven')).toEqual([]);
  });
});

describe('checkPlan', () => {
  it('passes a positive, personal, concrete plan the pair confirmed', () => {
    const check = checkPlan(plan('Ik steek mijn vinger op en wacht rustig op mijn beurt'), allConfirmed);
    expect(check.allPassed).toBe(true);
    expect(check.criteria.map((c) => c.key)).toEqual(['testable', 'ecological', 'positive', 'personal', 'context']);
  });

  it('fails Positief with the phrases that make it negative, even when the pair ticked it', () => {
    const check = checkPlan(plan('Ik ga niet meer schreeuwen als ik moet wachten'), allConfirmed);
    expect(check.allPassed).toBe(false);
    expect(check.criteria.find((c) => c.key === 'positive')).toEqual({ key: 'positive', problem: 'negative', matches: ['niet meer'], confirmed: true, passed: false });
    expect(check.criteria.filter((c) => !c.passed).map((c) => c.key)).toEqual(['positive']);
  });

  it('fails Persoonlijk without the ik-form and for demands on others', () => {
    expect(criterion('Elke dag vijf minuten lezen', 'personal')?.problem).toBe('notFirstPerson');
    expect(criterion('Mijn moeder moet me elke avond helpen', 'personal')).toMatchObject({ problem: 'aboutOthers', matches: ['moeder moet'], passed: false });
  });

  it('fails Toetsbaar while what or when is empty', () => {
    expect(checkPlan({ planWhat: '', planWhen: 'maandag' }, allConfirmed).criteria[0]?.problem).toBe('missingWhat');
    expect(checkPlan({ planWhat: 'Ik lees elke dag', planWhen: '   ' }, allConfirmed).criteria[0]?.problem).toBe('missingWhen');
  });

  it('needs the pair to confirm every criterion, also those without a text check', () => {
    const text = 'Ik steek mijn vinger op';
    for (const key of CRITERION_KEYS) {
      const check = checkPlan(plan(text), { ...allConfirmed, [key]: false });
      expect(check.allPassed, key).toBe(false);
      expect(check.criteria.find((c) => c.key === key)).toMatchObject({ problem: null, confirmed: false, passed: false });
    }
    expect(checkPlan(plan(text), {}).allPassed).toBe(false);
  });

  it('covers exactly the programme\'s five goal criteria, in its order', () => {
    expect([...CRITERION_KEYS]).toEqual(goalCriteria.map((c) => c.key));
  });
});
