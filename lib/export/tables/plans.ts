import type { ExportTable } from '../columns';
import { dateCell, dateTimeCell } from '../cell-format';
import { lessonColumns, type LessonRow } from './context';

export interface PlanRow extends LessonRow {
  lessonTitle: string;
  status: string;
  scheduledAt: Date | null;
  heldOn: Date | null;
  activitiesPlanned: number;
  plannedMinutes: number;
  activitiesRecorded: number;
  actualMinutes: number | null;
  evaluationSubmittedAt: Date | null;
}

/** One row per lesson plan: a class's lesson as prepared, held and evaluated. */
export const plansTable: ExportTable<PlanRow> = {
  name: 'plans',
  sheet: 'Lessen',
  columns: [
    ...lessonColumns<PlanRow>(),
    { name: 'lesson_title', label: 'Titel van de les (uit de lessenreeks)', type: 'text', value: (r) => r.lessonTitle },
    {
      name: 'status',
      label: 'Stand van de les',
      type: 'category',
      categories: {
        NOT_STARTED: 'niet gestart',
        PREPARING: 'in voorbereiding',
        READY: 'klaar voor de les (beiden akkoord)',
        HELD: 'gegeven',
        EVALUATED: 'geëvalueerd (evaluatie ingediend)',
      },
      value: (r) => r.status,
    },
    { name: 'scheduled_at', label: 'Gepland moment van de les', type: 'dateTime', empty: 'nog niet ingepland', value: (r) => dateTimeCell(r.scheduledAt) },
    { name: 'held_on', label: 'Datum waarop de les is gegeven', type: 'date', empty: 'nog niet gegeven', value: (r) => dateCell(r.heldOn) },
    {
      name: 'activities_planned',
      label: 'Aantal onderdelen dat het duo in het plan opnam',
      type: 'integer',
      range: '0 of meer',
      value: (r) => r.activitiesPlanned,
    },
    {
      name: 'planned_minutes_total',
      label: 'Geplande minuten, opgeteld over de opgenomen onderdelen (de les duurt 45 minuten)',
      type: 'integer',
      range: '0 of meer',
      value: (r) => r.plannedMinutes,
    },
    {
      name: 'activities_recorded',
      label: 'Aantal onderdelen waarvan na de les is vastgelegd hoe het ging (tabel activities)',
      type: 'integer',
      range: '0 of meer',
      value: (r) => r.activitiesRecorded,
    },
    {
      name: 'actual_minutes_total',
      label: 'Werkelijke minuten, opgeteld over de vastgelegde onderdelen',
      type: 'integer',
      range: '0 of meer',
      empty: 'geen minuten vastgelegd',
      value: (r) => r.actualMinutes,
    },
    {
      name: 'evaluation_submitted_at',
      label: 'Moment waarop het duo de evaluatie indiende',
      type: 'dateTime',
      empty: 'nog niet ingediend',
      value: (r) => dateTimeCell(r.evaluationSubmittedAt),
    },
  ],
};
