import type { ExportTableInfo } from '../columns';
import { activitiesTable } from './activities';
import { amendmentsTable } from './amendments';
import { capturesTable } from './captures';
import { evaluationsTable } from './evaluations';
import { homeworkTable } from './homework';
import { logbooksTable } from './logbooks';
import { plansTable } from './plans';

/** The export's data tables, in the order they are written (the codebook follows them). */
export const exportTables: readonly ExportTableInfo[] = [plansTable, activitiesTable, evaluationsTable, amendmentsTable, logbooksTable, homeworkTable, capturesTable];
