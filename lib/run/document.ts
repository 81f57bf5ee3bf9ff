import 'server-only';
import type { SharedDocumentType } from '../collab/document-type';
import { db } from '../db';
import { activityNumberInRunKey, runFieldSpecs, runKeys } from './fields';
import { runMeta } from './meta';
import { resolveRun } from './plan-access';
import { plannedActivityNumbers, plannedLesson } from './planned';

/**
 * The live state of a lesson being given (kind RUN, documentId = the plan's id): which activity
 * is on, and the clocks. Both of the pair's screens and the digibord follow it. Run mode moves it
 * with the commands in ./actions.ts (several fields at once, on the server's clock); a single
 * field saved through the shared-document action is checked here like any other.
 */
export const runDocument: SharedDocumentType = {
  kind: 'RUN',
  fieldSpecs: runFieldSpecs,
  resolve: (user, documentId, action) => resolveRun(user, documentId, action),

  async checkField(access, key, value) {
    const plan = await db.lessonPlan.findUniqueOrThrow({ where: { id: access.documentId }, select: { lessonNumber: true } });
    const planned = await plannedLesson(access.documentId, plan.lessonNumber);
    const numbers = planned ? plannedActivityNumbers(planned) : [];
    if (key === runKeys.currentActivity && value !== null && !numbers.includes(value as number)) return 'Deze activiteit staat niet in het plan.';
    const number = activityNumberInRunKey(key);
    if (number !== null && !planned?.activities.some((a) => a.number === number)) return 'Deze activiteit hoort niet bij deze les.';
    return null;
  },

  // Nothing about pupils is ever in this document: there is nothing to audit or to withdraw.
  async afterFieldSaved() {},

  meta: runMeta,

  // Every screen follows the run live; no page holds a cached copy of it.
  paths: () => [],
};
