import type { ExportTable } from '../columns';
import { dateTimeCell } from '../cell-format';
import { lessonColumns, staffRoles, type LessonRow } from './context';
import { questionCategories } from './evaluations';

export interface AmendmentRow extends LessonRow {
  evaluationId: string;
  amendmentId: string;
  createdAt: Date;
  questionKey: string | null;
  authorRole: string;
  text: string;
}

/** One row per amendment: what was added to a submitted evaluation, by role, never by name. */
export const amendmentsTable: ExportTable<AmendmentRow> = {
  name: 'amendments',
  sheet: 'Aanvullingen',
  columns: [
    ...lessonColumns<AmendmentRow>(),
    { name: 'evaluation_id', label: 'Sleutel van de evaluatie (tabel evaluations)', type: 'id', value: (r) => r.evaluationId },
    { name: 'amendment_id', label: 'Sleutel van de aanvulling', type: 'id', value: (r) => r.amendmentId },
    { name: 'created_at', label: 'Moment van de aanvulling', type: 'dateTime', value: (r) => dateTimeCell(r.createdAt) },
    { name: 'question_key', label: 'Vraag waarbij de aanvulling hoort', type: 'category', categories: questionCategories, empty: 'de hele evaluatie', value: (r) => r.questionKey },
    { name: 'author_role', label: 'Rol van wie de aanvulling schreef', type: 'category', categories: staffRoles, value: (r) => r.authorRole },
    { name: 'text', label: 'Tekst van de aanvulling', type: 'freeText', value: (r) => r.text },
  ],
};
