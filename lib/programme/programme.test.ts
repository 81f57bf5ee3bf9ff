import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { getLesson, LESSON_BUDGET_MINUTES, programme } from './index';

function sourcePath(): string {
  const candidates = [
    path.resolve(process.cwd(), '../shared/seed/bouwen-aan-vertrouwen.txt'),
    process.env.PROGRAMME_SOURCE,
  ];
  const found = candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
  if (!found) {
    throw new Error(`Source document not found; tried ${candidates.filter(Boolean).join(', ')}. Set PROGRAMME_SOURCE.`);
  }
  return found;
}

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();
const source = normalise(readFileSync(sourcePath(), 'utf8'));
const sourceLower = source.toLowerCase();

/**
 * The pieces a text is built from: its lines without the list marker we add, each cut after
 * sentence punctuation. Texts may join source sentences that are apart in the source (a purpose
 * from two sentences) but every piece must be the source's own words.
 */
function pieces(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^- /, ''))
    .flatMap((line) => line.split(/(?<=[.?!])\s+/))
    .map(normalise)
    .filter((piece) => piece.length > 0);
}

function missingFromSource(text: string): string[] {
  return pieces(text).filter((piece) => !source.includes(piece));
}

const lessons = programme.lessons;
const activities = lessons.flatMap((lesson) => lesson.activities.map((activity) => ({ lesson, activity })));

describe('programme content', () => {
  it('has the eight lessons in order, with the 45-minute budget', () => {
    expect(lessons.map((lesson) => lesson.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(LESSON_BUDGET_MINUTES).toBe(45);
    expect(programme.title).toBe('Bouwen aan vertrouwen');
    expect(programme.version).toBe(1);
  });

  it('has 7, 7, 6, 6, 4, 7, 7, 4 activities (48), numbered 1..n', () => {
    expect(lessons.map((lesson) => lesson.activities.length)).toEqual([7, 7, 6, 6, 4, 7, 7, 4]);
    expect(activities).toHaveLength(48);
    for (const lesson of lessons) {
      expect(lesson.activities.map((activity) => activity.number)).toEqual(lesson.activities.map((_, i) => i + 1));
    }
  });

  it('makes only lesson 8 optional', () => {
    expect(lessons.map((lesson) => lesson.optional)).toEqual([false, false, false, false, false, false, false, true]);
    expect(getLesson(8)?.title).toBe('Vieren van succes');
    expect(getLesson(9)).toBeUndefined();
  });

  it.each(lessons.map((lesson) => [lesson.number, lesson] as const))(
    'lesson %i: theme, rationale and preparation are the source text',
    (_, lesson) => {
      for (const text of [lesson.theme, lesson.rationale, lesson.preparation]) {
        expect(source).toContain(normalise(text));
      }
    },
  );

  it('every activity title appears in the source', () => {
    const missing = activities
      .map(({ activity }) => normalise(activity.title).replace(/:$/, ''))
      .filter((title) => !source.includes(title));
    expect(missing).toEqual([]);
  });

  it('every activity title is a numbered heading of the source', () => {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const missing = activities
      .filter(({ lesson, activity }) => {
        // Lesson 5's source numbers both its first and its second activity "1.".
        const sourceNumber = lesson.number === 5 && activity.number > 1 ? activity.number - 1 : activity.number;
        const title = escape(normalise(activity.title).replace(/:$/, ''));
        return !new RegExp(`(^| )${sourceNumber}\\. ${title}[:.?]? `).test(source);
      })
      .map(({ lesson, activity }) => `lesson ${lesson.number} activity ${activity.number}: ${activity.title}`);
    expect(missing).toEqual([]);
  });

  it('every lesson has exactly one recurring opening "Waar kom jij vandaan?", led by the care worker', () => {
    for (const lesson of lessons) {
      const openings = lesson.activities.filter((activity) => activity.recurringOpening);
      expect(openings, `lesson ${lesson.number}`).toHaveLength(1);
      expect(openings[0]?.title).toContain('Waar kom jij vandaan?');
      expect(openings[0]?.lead).toBe('CARE_WORKER');
    }
    // Lesson 1 opens with its "Opening" first; the exercise is its second activity.
    expect(lessons.map((lesson) => lesson.activities.findIndex((activity) => activity.recurringOpening) + 1)).toEqual([
      2, 1, 1, 1, 1, 1, 1, 1,
    ]);
  });

  it('activity texts are the source text', () => {
    const missing = activities.flatMap(({ lesson, activity }) =>
      [
        activity.purpose,
        activity.guidance,
        activity.teacherGuidance,
        activity.careWorkerGuidance,
        activity.pupilFacingText,
      ]
        .filter((text): text is string => text !== undefined)
        .flatMap(missingFromSource)
        .map((piece) => `lesson ${lesson.number} activity ${activity.number}: ${piece}`),
    );
    expect(missing).toEqual([]);
  });

  it('every option label and description is the source text, and keys are unique per activity', () => {
    for (const { lesson, activity } of activities) {
      const keys = activity.options.map((option) => option.key);
      expect(new Set(keys).size, `lesson ${lesson.number} activity ${activity.number}`).toBe(keys.length);
      for (const option of activity.options) {
        expect(sourceLower).toContain(normalise(option.label).toLowerCase());
        if (option.description) expect(source).toContain(normalise(option.description));
      }
    }
  });

  it('offers the choices the source names', () => {
    const optionKeys = (lessonNumber: number, activityNumber: number) =>
      getLesson(lessonNumber)?.activities[activityNumber - 1]?.options.map((option) => option.key);
    expect(optionKeys(1, 6)).toEqual(['het-geluid-wijst-de-weg', 'ik-hoor-en-voel', 'rug-aan-rug', 'eigen-keuze']);
    const ownChoice = getLesson(1)?.activities[5]?.options.filter((option) => option.ownChoice);
    expect(ownChoice?.map((option) => option.key)).toEqual(['eigen-keuze']);
    expect(optionKeys(1, 4)).toHaveLength(5);
    expect(optionKeys(4, 6)).toEqual([
      'laat-je-maar-zien',
      'stalen-borst',
      'de-ontspannende-schommel',
      'zelfgekozen-oefening',
    ]);
    expect(optionKeys(7, 5)).toHaveLength(6);
  });

  it("every activity's attachments are materials of its lesson", () => {
    for (const { lesson, activity } of activities) {
      const numbers = lesson.materials.map((material) => material.number);
      for (const attachment of activity.attachments) {
        const where = `lesson ${lesson.number} activity ${activity.number} bijlage ${attachment}`;
        expect(numbers, where).toContain(attachment);
      }
    }
  });

  it('material file names are the source text', () => {
    const compact = (text: string) => text.replace(/\s+/g, '');
    const sourceCompact = compact(source);
    for (const lesson of lessons) {
      const numbers = lesson.materials.map((material) => material.number);
      expect(new Set(numbers).size).toBe(numbers.length);
      for (const material of lesson.materials) {
        for (const name of material.title.split(', ')) expect(sourceCompact).toContain(compact(name));
        if (material.description) expect(missingFromSource(material.description)).toEqual([]);
      }
    }
  });

  it('only the lessons with a LET OP rule give mentor homework, from the activity that hands it out', () => {
    const withHomework = lessons.filter((lesson) => lesson.homework).map((lesson) => lesson.number);
    expect(withHomework).toEqual([1, 2, 5, 6, 7]);
    for (const lesson of lessons) {
      const givers = lesson.activities.filter((activity) => activity.mentorHomework).map((activity) => activity.number);
      expect(givers).toEqual(lesson.homework ? [lesson.homework.activityNumber] : []);
    }
  });

  it('homework texts are the source text', () => {
    for (const lesson of lessons) {
      const rule = lesson.homework;
      if (!rule) continue;
      expect(rule.ruleText.startsWith('LET OP:')).toBe(true);
      expect(source).toContain(normalise(rule.ruleText));
      expect(missingFromSource(rule.description)).toEqual([]);
      for (const step of rule.followUp) expect(missingFromSource(step.action)).toEqual([]);
    }
  });

  it('has the evaluation form with its five questions from the source', () => {
    const { questions } = programme.evaluation;
    expect(questions.map((question) => question.key)).toEqual([
      'stressActions',
      'trustBehaviours',
      'pupilExample',
      'interventionBuild',
      'collaboration',
    ]);
    for (const question of questions) expect(source).toContain(normalise(question.text));
    expect(questions[0]?.parts).toEqual([
      { key: 'a', label: 'A' },
      { key: 'b', label: 'B' },
      { key: 'c', label: 'C' },
    ]);
    expect(questions[1]?.parts.map((part) => part.label)).toEqual(['Gedrag 1', 'Gedrag 2', 'Gedrag 3']);
    expect(source).toContain(normalise(programme.evaluation.logbookPrompt));
    expect(source).toContain(normalise(programme.evaluation.conversationsPrompt));
  });

  it('has the five goal criteria (TEPPC) from the source', () => {
    expect(programme.goalCriteria.map((criterion) => [criterion.key, criterion.label])).toEqual([
      ['testable', 'Toetsbaar'],
      ['ecological', 'Ecologisch'],
      ['positive', 'Positief'],
      ['personal', 'Persoonlijk'],
      ['context', 'Context'],
    ]);
    for (const criterion of programme.goalCriteria) {
      // Context is the one criterion without an explanation in brackets: "… en passen in de Context."
      const quoted =
        criterion.key === 'context' ? `en ${criterion.explanation}.` : `${criterion.label} (${criterion.explanation}`;
      expect(source).toContain(quoted);
    }
  });

  it("shows lesson 7's definition of trust to the class", () => {
    expect(source).toContain(`Definitie van vertrouwen: ${programme.trustDefinition}`);
    const shown = activities.filter(({ activity }) => activity.pupilFacingText);
    expect(shown.map(({ lesson, activity }) => [lesson.number, activity.number])).toEqual([[7, 2]]);
    expect(shown[0]?.activity.pupilFacingText).toBe(programme.trustDefinition);
  });

  it('has the celebration of lesson 8 from the source', () => {
    const { selfRatingQuestion, items } = programme.celebration;
    expect(selfRatingQuestion).toContain('Schaalvraag tussen 1 en 10');
    expect(source).toContain(normalise(selfRatingQuestion));
    expect(items.map((item) => item.key)).toEqual([
      'selfRating',
      'proudest',
      'keepGoing',
      'guardOfHonour',
      'certificate',
      'portfolio',
    ]);
    for (const item of items) {
      expect(sourceLower).toContain(item.label.toLowerCase());
      expect(missingFromSource(item.description)).toEqual([]);
    }
  });
});
