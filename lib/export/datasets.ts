import 'server-only';
import { dataset, type Dataset } from './sheets';
import { activitySource } from './sources/activities';
import { amendmentSource } from './sources/amendments';
import { captureSource } from './sources/captures';
import { evaluationSource } from './sources/evaluations';
import { homeworkSource } from './sources/homework';
import { logbookSource } from './sources/logbooks';
import { planSource } from './sources/plans';
import { activitiesTable } from './tables/activities';
import { amendmentsTable } from './tables/amendments';
import { capturesTable } from './tables/captures';
import { evaluationsTable } from './tables/evaluations';
import { homeworkTable } from './tables/homework';
import { logbooksTable } from './tables/logbooks';
import { plansTable } from './tables/plans';

/** Every exported table with its source, in the order of lib/export/tables (exportTables). */
export const datasets: readonly Dataset[] = [
  dataset(plansTable, planSource),
  dataset(activitiesTable, activitySource),
  dataset(evaluationsTable, evaluationSource),
  dataset(amendmentsTable, amendmentSource),
  dataset(logbooksTable, logbookSource),
  dataset(homeworkTable, homeworkSource),
  dataset(capturesTable, captureSource),
];
