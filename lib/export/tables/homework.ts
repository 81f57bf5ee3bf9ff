import type { ExportTable } from '../columns';
import { dateCell, dateTimeCell } from '../cell-format';
import { classColumns, type ClassRow } from './context';

export interface HomeworkRow extends ClassRow {
  homeworkId: string;
  pupilCode: string;
  lessonNumber: number;
  status: string;
  handedOutAt: Date;
  returnedOn: Date | null;
  followUpSteps: number;
}

/** One row per homework sheet for a pupil's mentor: whether it came back, and the follow-up. */
export const homeworkTable: ExportTable<HomeworkRow> = {
  name: 'homework',
  sheet: 'Huiswerk',
  columns: [
    ...classColumns<HomeworkRow>(),
    { name: 'homework_id', label: 'Sleutel van het huiswerkblad', type: 'id', value: (r) => r.homeworkId },
    { name: 'pupil_code', label: 'Leerling (code)', type: 'pupilCode', value: (r) => r.pupilCode },
    { name: 'lesson_number', label: 'Les waarin het huiswerk is meegegeven', type: 'integer', range: '1–8', value: (r) => r.lessonNumber },
    {
      name: 'status',
      label: 'Stand van het huiswerkblad',
      type: 'category',
      categories: { HANDED_OUT: 'uitgedeeld', RETURNED: 'terug', NOT_RETURNED: 'niet terug' },
      value: (r) => r.status,
    },
    { name: 'handed_out_at', label: 'Moment waarop het blad is uitgedeeld', type: 'dateTime', value: (r) => dateTimeCell(r.handedOutAt) },
    { name: 'returned_on', label: 'Datum waarop het blad terugkwam', type: 'date', empty: 'niet (of nog niet) terug', value: (r) => dateCell(r.returnedOn) },
    {
      name: 'follow_up_steps',
      label: 'Aantal gezette stappen van de opvolging (herinnering, contact met de mentor, afspraak met de leerling)',
      type: 'integer',
      range: '0 of meer',
      value: (r) => r.followUpSteps,
    },
  ],
};
