'use server';

import { actionUser, notAllowed } from '../actions/session-user';
import { validate } from '../actions/validate';
import { notifyLive, writeField } from '../collab/store';
import { db } from '../db';
import { Prisma } from '../generated/prisma/client';
import { calendarDateInAmsterdam } from '../programme/homework-due';
import { fail, ok, type ActionResult } from '../result';
import { lockPlan, evaluationSubmitted } from './lock';
import { runMessages } from './messages';
import { resolveRun } from './plan-access';
import { plannedActivityNumbers, plannedLesson } from './planned';
import { outcomeSchema, planRefSchema, runCommandSchema } from './schema';
import { changedRunFields } from './state';
import { readRunState } from './read-state';
import { runKeys } from './fields';
import { applyRunCommand, type RunCommand } from './transitions';

/*
 * Run mode's mutations. No revalidatePath here: the run page follows the RUN document live, and a
 * revalidation would re-render (and re-audit) the page after every tap.
 */

class StaleRun extends Error {}

/** Reads the run state under the plan's lock, applies the command on the server's clock, writes what changed. */
async function applyCommand(planId: string, command: RunCommand, activityNumbers: number[], userId: string): Promise<ActionResult<{ changed: boolean }>> {
  return db.$transaction(async (tx) => {
    const plan = await lockPlan(tx, planId);
    if (plan?.status !== 'READY') return fail(plan?.status === 'HELD' || plan?.status === 'EVALUATED' ? runMessages.alreadyHeld : runMessages.notReady);
    const { state: before, versionOf } = await readRunState(tx, planId);
    const changes = changedRunFields(before, applyRunCommand(before, command, activityNumbers, Date.now()));
    for (const [key, value] of Object.entries(changes)) {
      const written = await writeField(tx, { kind: 'RUN', documentId: planId, key, value, baseVersion: versionOf(key), userId });
      // Only a direct field save (which does not take the plan's lock) can get in between.
      if (!written.ok) throw new StaleRun();
    }
    return ok({ changed: Object.keys(changes).length > 0 });
  });
}

/** Start, pause, resume, next, previous or go to an activity: for both screens and the digibord at once. */
export async function runCommand(input: unknown): Promise<ActionResult<{ changed: boolean }>> {
  const session = await actionUser();
  if (!session.ok) return session.result;
  const parsed = validate(runCommandSchema, input);
  if (!parsed.ok) return parsed.result;
  const access = await resolveRun(session.user, parsed.data.planId, 'write');
  if (!access?.writer) return notAllowed();
  if (!access.editable) return fail(access.status === 'HELD' || access.status === 'EVALUATED' ? runMessages.alreadyHeld : runMessages.notReady);
  const planned = await plannedLesson(access.documentId, access.lessonNumber);
  const numbers = planned ? plannedActivityNumbers(planned) : [];
  try {
    return await applyCommand(access.documentId, parsed.data.command, numbers, session.user.id);
  } catch (error) {
    const collided = error instanceof StaleRun || (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002');
    if (!collided) throw error;
    return fail(runMessages.busy);
  }
}

/** What actually happened with one activity: as planned, adapted (with a note) or skipped, and its minutes. */
export async function recordOutcome(input: unknown): Promise<ActionResult<{ activityNumber: number }>> {
  const session = await actionUser();
  if (!session.ok) return session.result;
  const parsed = validate(outcomeSchema, input);
  if (!parsed.ok) return parsed.result;
  const { planId, activityNumber, outcome, note, actualMinutes } = parsed.data;
  const access = await resolveRun(session.user, planId, 'write');
  if (!access?.writer) return notAllowed();
  const planned = await plannedLesson(access.documentId, access.lessonNumber);
  if (!planned || !plannedActivityNumbers(planned).includes(activityNumber)) return fail(runMessages.notInPlan, { activityNumber: [runMessages.notInPlan] });

  return db.$transaction(async (tx) => {
    const plan = await lockPlan(tx, access.documentId);
    // During the lesson and after it, until the evaluation is in.
    if (plan?.status !== 'READY' && plan?.status !== 'HELD') return fail(plan?.status === 'EVALUATED' ? runMessages.evaluationSubmitted : runMessages.notReady);
    if (await evaluationSubmitted(tx, access.documentId)) return fail(runMessages.evaluationSubmitted);
    const data = { outcome, note, actualMinutes, recordedById: session.user.id };
    await tx.activityOutcome.upsert({
      where: { planId_activityNumber: { planId: access.documentId, activityNumber } },
      create: { planId: access.documentId, activityNumber, ...data },
      update: data,
    });
    await notifyLive(tx, { kind: 'RUN', documentId: access.documentId, type: 'meta' });
    return ok({ activityNumber });
  });
}

/** "Les afgerond": the plan is held today (Amsterdam's calendar day) and the clocks stop. */
export async function markHeld(input: unknown): Promise<ActionResult<{ heldOn: string }>> {
  const session = await actionUser();
  if (!session.ok) return session.result;
  const parsed = validate(planRefSchema, input);
  if (!parsed.ok) return parsed.result;
  const access = await resolveRun(session.user, parsed.data.planId, 'write');
  if (!access?.writer) return notAllowed();

  return db.$transaction(async (tx) => {
    const plan = await lockPlan(tx, access.documentId);
    if (plan?.status === 'HELD' || plan?.status === 'EVALUATED') {
      // Both of the pair may press it: the second press changes nothing.
      const held = await tx.lessonPlan.findUniqueOrThrow({ where: { id: access.documentId }, select: { heldOn: true } });
      return ok({ heldOn: held.heldOn?.toISOString().slice(0, 10) ?? '' });
    }
    if (plan?.status !== 'READY') return fail(runMessages.notReady);
    const now = new Date();
    const heldOn = calendarDateInAmsterdam(now);
    await tx.lessonPlan.update({ where: { id: access.documentId }, data: { status: 'HELD', heldOn } });
    // Stop the clocks where they are, so the screens show the lesson's final times.
    const { state, versionOf } = await readRunState(tx, access.documentId);
    if (state.lessonStartedAt !== null && state.pausedAt === null) {
      await writeField(tx, { kind: 'RUN', documentId: access.documentId, key: runKeys.pausedAt, value: now.toISOString(), baseVersion: versionOf(runKeys.pausedAt), userId: session.user.id });
    }
    await notifyLive(tx, { kind: 'RUN', documentId: access.documentId, type: 'meta' });
    await notifyLive(tx, { kind: 'PLAN', documentId: access.documentId, type: 'meta' });
    return ok({ heldOn: heldOn.toISOString().slice(0, 10) });
  });
}
