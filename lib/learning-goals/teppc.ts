/**
 * The TEPPC check of a lesson 5 plan: Toetsbaar, Ecologisch, Positief, Persoonlijk, Context (source:
 * "De doelen dienen Toetsbaar (…), Ecologisch (…), Positief (wat wil je wel in plaats van wat wil je
 * niet), Persoonlijk (gericht op jezelf en niet op de ander) en passen in de Context").
 *
 * Three criteria can be checked in the text itself and are, on top of the pair's own confirmation:
 * - Positief: the goal names what the pupil will do, not what they will stop doing ("niet meer",
 *   "geen", "stoppen met" …). A negation inside a condition ("als het niet lukt, vraag ik hulp") is
 *   fine: it describes the situation, not the goal.
 * - Persoonlijk: in the "ik" form ("Belangrijk dus voor de leerling om in de ik vorm te formuleren"),
 *   and not a demand on someone else ("mijn moeder moet …").
 * - Toetsbaar: what and when are filled in, so the pair and pupil can keep checking how far it got.
 * Ecologisch and Context need the pair's judgement only. Pure and free of I/O: it runs in the form
 * while typing and in the action that marks the plan ready.
 */

export const CRITERION_KEYS = ['testable', 'ecological', 'positive', 'personal', 'context'] as const;
export type CriterionKey = (typeof CRITERION_KEYS)[number];

export type Confirmations = Record<CriterionKey, boolean>;

export interface PlanText {
  planWhat: string;
  planWhen: string;
}

/** Why the text fails a criterion (a message key under goals.teppc.problems). */
export type CriterionProblem = 'negative' | 'notFirstPerson' | 'aboutOthers' | 'missingWhat' | 'missingWhen';

export interface CriterionCheck {
  key: CriterionKey;
  /** What the text check found: null when the text passes or the criterion has no text check. */
  problem: CriterionProblem | null;
  /** The words that made the text fail (e.g. the negative phrases), for the hint. */
  matches: string[];
  confirmed: boolean;
  passed: boolean;
}

export interface PlanCheck {
  criteria: CriterionCheck[];
  allPassed: boolean;
}

// Longest first, so "niet meer" is reported rather than "niet".
const NEGATIVE_PHRASES = [
  'niet meer',
  'geen … meer',
  'stoppen met',
  'stop met',
  'ophouden met',
  'niet',
  'geen',
  'nooit',
  'niets',
  'niks',
  'nergens',
  'niemand',
  'minder',
  'zonder',
  'afleren',
  'stoppen',
  'ophouden',
];

const LETTER = '\\p{L}';
const word = (phrase: string) => new RegExp(`(?<!${LETTER})${phrase.replace(/ /g, '\\s+')}(?!${LETTER})`, 'iu');
const GEEN_MEER = new RegExp(`(?<!${LETTER})geen(?!${LETTER})[^.,;!?]*?(?<!${LETTER})meer(?!${LETTER})`, 'iu');

/**
 * A condition ("als …", "wanneer …", "zodra …", "indien …") up to the next comma, sentence end, or
 * "dan"/"en"/"maar": it describes when, not what, so a negation there does not make a goal negative.
 */
const CONDITION = new RegExp(
  `(?<!${LETTER})(als|wanneer|zodra|indien)(?!${LETTER}).*?(?=[,.;!?]|(?<!${LETTER})(dan|en|maar)(?!${LETTER})|$)`,
  'giu',
);

function withoutConditions(text: string): string {
  return text.replace(CONDITION, ' ');
}

/** The negative phrases in a goal, outside conditions; empty when it is phrased positively. */
export function negativePhrases(text: string): string[] {
  let rest = withoutConditions(text);
  const found: string[] = [];
  for (const phrase of NEGATIVE_PHRASES) {
    const pattern = phrase === 'geen … meer' ? GEEN_MEER : word(phrase);
    const match = pattern.exec(rest);
    if (!match) continue;
    found.push(phrase === 'geen … meer' ? 'geen … meer' : match[0].toLowerCase().replace(/\s+/g, ' '));
    // Blank out what matched, so "niet meer" is not reported again as "niet".
    rest = rest.slice(0, match.index) + ' '.repeat(match[0].length) + rest.slice(match.index + match[0].length);
  }
  return found;
}

const FIRST_PERSON = word('(ik|mij|me|mijn|m\'n|mezelf|mijzelf)');
const OTHERS_MUST = new RegExp(
  `(?<!${LETTER})(hij|zij|ze|jij|je|jullie|anderen|iedereen|mama|papa|mam|pap|moeder|vader|juf|meester|leraar|leerkracht|broer|broertje|zus|zusje|klasgenoten|klas|maatje|hulpverlener)\\s+(moet|moeten)(?!${LETTER})`,
  'iu',
);

/** Someone else is told what to do ("mijn moeder moet …"), which the pupil has no grip on. */
export function demandsOnOthers(text: string): string[] {
  const match = OTHERS_MUST.exec(text);
  return match ? [match[0].toLowerCase().replace(/\s+/g, ' ')] : [];
}

export function isFirstPerson(text: string): boolean {
  return FIRST_PERSON.test(text);
}

function textCheck(key: CriterionKey, plan: PlanText): Pick<CriterionCheck, 'problem' | 'matches'> {
  const what = plan.planWhat.trim();
  switch (key) {
    case 'testable':
      if (!what) return { problem: 'missingWhat', matches: [] };
      if (!plan.planWhen.trim()) return { problem: 'missingWhen', matches: [] };
      return { problem: null, matches: [] };
    case 'positive': {
      const matches = negativePhrases(what);
      return matches.length ? { problem: 'negative', matches } : { problem: null, matches: [] };
    }
    case 'personal': {
      const others = demandsOnOthers(what);
      if (others.length) return { problem: 'aboutOthers', matches: others };
      if (what && !isFirstPerson(what)) return { problem: 'notFirstPerson', matches: [] };
      return { problem: null, matches: [] };
    }
    case 'ecological':
    case 'context':
      return { problem: null, matches: [] };
  }
}

/** Every criterion: the text check where there is one, the pair's confirmation, and whether it passes. */
export function checkPlan(plan: PlanText, confirmations: Partial<Confirmations>): PlanCheck {
  const criteria = CRITERION_KEYS.map((key): CriterionCheck => {
    const { problem, matches } = textCheck(key, plan);
    const confirmed = confirmations[key] === true;
    return { key, problem, matches, confirmed, passed: problem === null && confirmed };
  });
  return { criteria, allPassed: criteria.every((criterion) => criterion.passed) };
}
