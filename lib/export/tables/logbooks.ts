import type { ExportTable } from '../columns';
import { dateTimeCell } from '../cell-format';
import { lessonColumns, staffRoles, type LessonRow } from './context';

export interface LogbookRow extends LessonRow {
  authorRole: string;
  updatedAt: Date;
  text: string;
}

/** One row per logbook entry: each professional's own notes after a lesson, by role. */
export const logbooksTable: ExportTable<LogbookRow> = {
  name: 'logbooks',
  sheet: 'Logboeken',
  columns: [
    ...lessonColumns<LogbookRow>(),
    { name: 'author_role', label: 'Rol van wie het logboek schreef', type: 'category', categories: staffRoles, value: (r) => r.authorRole },
    { name: 'updated_at', label: 'Moment van de laatste wijziging', type: 'dateTime', value: (r) => dateTimeCell(r.updatedAt) },
    { name: 'text', label: 'Tekst van het logboek', type: 'freeText', value: (r) => r.text },
  ],
};
