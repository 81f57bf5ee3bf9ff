import type { ExportTable } from '../columns';
import { dateTimeCell } from '../cell-format';
import { lessonColumns, type LessonRow } from './context';

export interface ActivityRow extends LessonRow {
  activityNumber: number;
  activityTitle: string | null;
  outcome: string;
  plannedMinutes: number | null;
  actualMinutes: number | null;
  note: string | null;
  recordedAt: Date;
}

/** One row per activity of a held lesson, as the pair recorded it afterwards (fidelity). */
export const activitiesTable: ExportTable<ActivityRow> = {
  name: 'activities',
  sheet: 'Onderdelen',
  columns: [
    ...lessonColumns<ActivityRow>(),
    { name: 'activity_number', label: 'Nummer van het onderdeel in de les', type: 'integer', range: '1 of meer', value: (r) => r.activityNumber },
    { name: 'activity_title', label: 'Titel van het onderdeel (uit de lessenreeks)', type: 'text', value: (r) => r.activityTitle },
    {
      name: 'outcome',
      label: 'Hoe het onderdeel is uitgevoerd',
      type: 'category',
      categories: { AS_PLANNED: 'zoals gepland', ADAPTED: 'aangepast', SKIPPED: 'overgeslagen' },
      value: (r) => r.outcome,
    },
    {
      name: 'planned_minutes',
      label: 'Minuten die het duo voor het onderdeel plande (anders de minuten uit de lessenreeks)',
      type: 'integer',
      range: '0–45',
      empty: 'geen minuten gepland',
      value: (r) => r.plannedMinutes,
    },
    { name: 'actual_minutes', label: 'Minuten die het onderdeel werkelijk duurde', type: 'integer', range: '0 of meer', empty: 'niet vastgelegd', value: (r) => r.actualMinutes },
    { name: 'note', label: 'Toelichting van het duo (wat is aangepast)', type: 'freeText', empty: 'geen toelichting', value: (r) => r.note },
    { name: 'recorded_at', label: 'Moment waarop de uitvoering het laatst is vastgelegd', type: 'dateTime', value: (r) => dateTimeCell(r.recordedAt) },
  ],
};
