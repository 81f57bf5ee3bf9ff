import type { ExportTable } from '../columns';
import { dateTimeCell } from '../cell-format';
import { lessonColumns, staffRoles, type LessonRow } from './context';

export interface CaptureRow extends LessonRow {
  captureId: string;
  pupilCode: string;
  kind: string;
  activityNumber: number | null;
  capturedAt: Date;
  authorRole: string;
  text: string | null;
}

/** One row per quick note during a lesson about one pupil (stress, observation…), by code. */
export const capturesTable: ExportTable<CaptureRow> = {
  name: 'captures',
  sheet: 'Signaleringen',
  columns: [
    ...lessonColumns<CaptureRow>(),
    { name: 'capture_id', label: 'Sleutel van de notitie', type: 'id', value: (r) => r.captureId },
    { name: 'pupil_code', label: 'Leerling (code)', type: 'pupilCode', value: (r) => r.pupilCode },
    {
      name: 'kind',
      label: 'Soort notitie',
      type: 'category',
      categories: { STRESS: 'stress gezien', OBSERVATION: 'observatie', HELPED: 'wat hielp', CONVERSATION_NEEDED: 'gesprek nodig' },
      value: (r) => r.kind,
    },
    { name: 'activity_number', label: 'Onderdeel van de les waarin het gebeurde (tabel activities)', type: 'integer', range: '1 of meer', empty: 'niet bij een onderdeel', value: (r) => r.activityNumber },
    { name: 'captured_at', label: 'Moment van de notitie', type: 'dateTime', value: (r) => dateTimeCell(r.capturedAt) },
    { name: 'author_role', label: 'Rol van wie de notitie maakte', type: 'category', categories: staffRoles, value: (r) => r.authorRole },
    { name: 'text', label: 'Korte notitie', type: 'freeText', empty: 'geen notitie', value: (r) => r.text },
  ],
};
