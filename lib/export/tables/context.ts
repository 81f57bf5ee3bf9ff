import type { Column } from '../columns';

/** A class in the export's scope, with its school: what every row of every table belongs to. */
export interface ExportClass {
  id: string;
  name: string;
  schoolYear: string;
  school: { id: string; name: string; kind: 'SO' | 'VSO' };
}

/** Every row names its class: the writers pseudonymise its free text with that class's pupils. */
export interface ClassRow {
  class: ExportClass;
}

export interface LessonRow extends ClassRow {
  lessonNumber: number;
  planId: string;
}

/** The school and class columns every table starts with: ids and names, never pupil data. */
export function classColumns<Row extends ClassRow>(): Column<Row>[] {
  return [
    { name: 'school_id', label: 'Sleutel van de school', type: 'id', value: (r) => r.class.school.id },
    { name: 'school_name', label: 'Naam van de school', type: 'text', value: (r) => r.class.school.name },
    {
      name: 'school_kind',
      label: 'Schooltype',
      type: 'category',
      categories: { SO: 'speciaal onderwijs', VSO: 'voortgezet speciaal onderwijs' },
      value: (r) => r.class.school.kind,
    },
    { name: 'school_year', label: 'Schooljaar van de klas', type: 'text', values: 'JJJJ-JJJJ, bijv. 2026-2027', value: (r) => r.class.schoolYear },
    { name: 'class_id', label: 'Sleutel van de klas', type: 'id', value: (r) => r.class.id },
    { name: 'class_name', label: 'Naam van de klas of groep', type: 'text', value: (r) => r.class.name },
  ];
}

/** The class columns plus the lesson: its number and the plan (one per class and lesson). */
export function lessonColumns<Row extends LessonRow>(): Column<Row>[] {
  return [
    ...classColumns<Row>(),
    { name: 'lesson_number', label: 'Nummer van de les in de lessenreeks', type: 'integer', range: '1–8', value: (r) => r.lessonNumber },
    { name: 'plan_id', label: 'Sleutel van het lesplan (één per klas en les)', type: 'id', value: (r) => r.planId },
  ];
}

export const staffRoles = {
  TEACHER: 'leerkracht',
  CARE_WORKER: 'hulpverlener',
  COORDINATOR: 'coördinator',
  ADMIN: 'functioneel beheerder',
} as const;
