import { evaluationQuestions } from '../../evaluation/fields';
import type { ExportTable } from '../columns';
import { dateTimeCell } from '../cell-format';
import { lessonColumns, type LessonRow } from './context';

export interface EvaluationRow extends LessonRow {
  evaluationId: string;
  submittedAt: Date | null;
  questionKey: string;
  partKey: string;
  text: string;
}

/** The evaluation form's questions by key, with their number and text (codebook). */
export const questionCategories: Record<string, string> = Object.fromEntries(evaluationQuestions.map((q) => [q.key, `vraag ${q.number}: ${q.text}`]));

const questionOf = (key: string) => evaluationQuestions.find((q) => q.key === key);

const partValues = [
  ...evaluationQuestions.filter((q) => q.parts.length > 0).map((q) => `${q.parts.map((p) => `${p.key} (${p.label})`).join(', ')} bij vraag ${q.number}`),
  'leeg bij een open vraag',
].join('; ');

/** One row per answer (per part of a question) of a submitted evaluation: the frozen text. */
export const evaluationsTable: ExportTable<EvaluationRow> = {
  name: 'evaluations',
  sheet: 'Evaluaties',
  columns: [
    ...lessonColumns<EvaluationRow>(),
    { name: 'evaluation_id', label: 'Sleutel van de evaluatie (één per lesplan)', type: 'id', value: (r) => r.evaluationId },
    { name: 'submitted_at', label: 'Moment waarop het duo de evaluatie indiende', type: 'dateTime', value: (r) => dateTimeCell(r.submittedAt) },
    { name: 'question_number', label: 'Nummer van de vraag op het evaluatieformulier', type: 'integer', range: `1–${evaluationQuestions.length}`, value: (r) => questionOf(r.questionKey)?.number ?? null },
    { name: 'question_key', label: 'Vaste sleutel van de vraag', type: 'category', categories: questionCategories, value: (r) => r.questionKey },
    { name: 'part_key', label: 'Deel van de vraag', type: 'text', values: partValues, value: (r) => r.partKey || null },
    {
      name: 'part_label',
      label: 'Naam van het deel zoals op het formulier',
      type: 'text',
      values: 'bijv. A of Gedrag 1',
      empty: 'open vraag',
      value: (r) => questionOf(r.questionKey)?.parts.find((p) => p.key === r.partKey)?.label ?? null,
    },
    { name: 'answer', label: 'Antwoord van het duo', type: 'freeText', value: (r) => r.text },
  ],
};
