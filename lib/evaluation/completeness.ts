/**
 * When an evaluation may be submitted, and what gets frozen. Pure: no I/O.
 *
 * Decision: every one of the five questions needs an answer; for the questions with parts
 * (1: actions A–C, 2: three behaviours) one filled-in part is enough, because a lesson does not
 * always yield three of each. Text that is only whitespace counts as empty.
 */
import { answerKey } from './keys';

export interface QuestionShape {
  number: number;
  key: string;
  parts: { key: string; label: string }[];
}

export type DraftValues = Record<string, unknown>;

const filled = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

/** The questions (in order) that still lack an answer. */
export function missingQuestions<Q extends QuestionShape>(questions: readonly Q[], values: DraftValues): Q[] {
  return questions.filter((question) => {
    const keys = question.parts.length > 0 ? question.parts.map((part) => answerKey(question.key, part.key)) : [question.key];
    return !keys.some((key) => filled(values[key]));
  });
}

/** Short Dutch names of the questions, for messages that say which one is missing. */
const shortTitles: Record<string, string> = {
  stressActions: 'drie handelingen bij stress',
  trustBehaviours: 'gedrag dat groeiend vertrouwen laat zien',
  pupilExample: 'een voorbeeld van een leerling',
  interventionBuild: 'opbouw en ieders aandeel',
  collaboration: 'wat jullie samenwerking versterkte',
};

function listInDutch(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** "Vraag 3 (een voorbeeld van een leerling) is nog niet ingevuld." and the like. */
export function missingMessage(missing: readonly QuestionShape[]): string {
  const named = missing.map((q) => (shortTitles[q.key] ? `vraag ${q.number} (${shortTitles[q.key]})` : `vraag ${q.number}`));
  const sentence = named.length === 1 ? `${capitalise(named[0]!)} is nog niet ingevuld.` : `${capitalise(listInDutch(named))} zijn nog niet ingevuld.`;
  const partsHint = missing.some((q) => q.parts.length > 0) ? ' Bij vraag 1 en 2 is één ingevuld onderdeel genoeg.' : '';
  return `${sentence} Vul alle vijf vragen in voordat u indient.${partsHint}`;
}

/** Per missing question, the message the form shows beside it (keyed by the question's key). */
export function missingFieldErrors(missing: readonly QuestionShape[]): Record<string, string[]> {
  return Object.fromEntries(
    missing.map((q) => [q.key, [q.parts.length > 0 ? `Vul bij vraag ${q.number} minstens één onderdeel in.` : `Vul vraag ${q.number} in.`]]),
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface FrozenAnswer {
  questionKey: string;
  /** The part ("a", "b1"…) or "" for an open question. */
  partKey: string;
  text: string;
}

/** The answers to store on submission: every filled-in part, trimmed; empty parts are left out. */
export function frozenAnswers(questions: readonly QuestionShape[], values: DraftValues): FrozenAnswer[] {
  return questions.flatMap((question) => {
    const parts = question.parts.length > 0 ? question.parts.map((p) => p.key) : [''];
    return parts.flatMap((partKey) => {
      const value = values[answerKey(question.key, partKey)];
      return filled(value) ? [{ questionKey: question.key, partKey, text: value.trim() }] : [];
    });
  });
}
