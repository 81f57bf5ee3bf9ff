import { describe, expect, it } from 'vitest';
import { programme } from '../programme';
import { frozenAnswers, missingFieldErrors, missingMessage, missingQuestions } from './completeness';

const questions = programme.evaluation.questions;

const complete = {
  'stressActions.a': 'Persoonlijk begroeten bij de deur',
  'trustBehaviours.b2': 'Lieke vroeg Daan om hulp',
  pupilExample: 'Noor vertelde over oma',
  interventionBuild: 'Samen voorbereid; Jeroen leidde de opening',
  collaboration: 'Afgesproken signalen',
};

describe('missingQuestions', () => {
  it('names all five questions of an empty evaluation, in order', () => {
    expect(missingQuestions(questions, {}).map((q) => q.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('accepts one filled-in part for questions 1 and 2', () => {
    expect(missingQuestions(questions, complete)).toEqual([]);
  });

  it('counts whitespace and non-text as empty', () => {
    const values = { ...complete, 'stressActions.a': '   \n ', collaboration: 42 };
    expect(missingQuestions(questions, values).map((q) => q.key)).toEqual(['stressActions', 'collaboration']);
  });

  it('ignores keys that are not part of the form', () => {
    const values = { ...complete, pupilExample: undefined, 'pupilExample.a': 'verkeerde sleutel' };
    expect(missingQuestions(questions, values).map((q) => q.number)).toEqual([3]);
  });
});

describe('missingMessage', () => {
  it('says in Dutch which single question is missing', () => {
    const missing = missingQuestions(questions, { ...complete, pupilExample: '' });
    expect(missingMessage(missing)).toBe('Vraag 3 (een voorbeeld van een leerling) is nog niet ingevuld. Vul alle vijf vragen in voordat u indient.');
  });

  it('lists several questions and explains the parts rule when question 1 or 2 is among them', () => {
    const message = missingMessage(missingQuestions(questions, {}));
    expect(message).toContain('Vraag 1 (drie handelingen bij stress), vraag 2 (gedrag dat groeiend vertrouwen laat zien), vraag 3 (een voorbeeld van een leerling), vraag 4 (opbouw en ieders aandeel) en vraag 5 (wat jullie samenwerking versterkte) zijn nog niet ingevuld.');
    expect(message).toContain('Bij vraag 1 en 2 is één ingevuld onderdeel genoeg.');
  });

  it('gives each missing question its own field message', () => {
    expect(missingFieldErrors(missingQuestions(questions, { pupilExample: 'x' }))).toEqual({
      stressActions: ['Vul bij vraag 1 minstens één onderdeel in.'],
      trustBehaviours: ['Vul bij vraag 2 minstens één onderdeel in.'],
      interventionBuild: ['Vul vraag 4 in.'],
      collaboration: ['Vul vraag 5 in.'],
    });
  });
});

describe('frozenAnswers', () => {
  it('keeps every filled-in part, trimmed, and leaves empty parts out', () => {
    expect(frozenAnswers(questions, { ...complete, 'stressActions.b': '  ', 'stressActions.c': '  Rustig blijven  ', unknown: 'x' })).toEqual([
      { questionKey: 'stressActions', partKey: 'a', text: 'Persoonlijk begroeten bij de deur' },
      { questionKey: 'stressActions', partKey: 'c', text: 'Rustig blijven' },
      { questionKey: 'trustBehaviours', partKey: 'b2', text: 'Lieke vroeg Daan om hulp' },
      { questionKey: 'pupilExample', partKey: '', text: 'Noor vertelde over oma' },
      { questionKey: 'interventionBuild', partKey: '', text: 'Samen voorbereid; Jeroen leidde de opening' },
      { questionKey: 'collaboration', partKey: '', text: 'Afgesproken signalen' },
    ]);
  });
});
