'use server';

import { revalidatePath } from 'next/cache';
import { validate } from '../actions/validate';
import { audit } from '../audit/log';
import type { CurrentUser } from '../auth/current-user';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { findActivePupil, pupilDataWriter } from '../pupils/access';
import { conflict, pupilNotFound } from '../pupils/errors';
import { versionOf } from '../pupils/version';
import { ok, type ActionResult } from '../result';
import { growthSchema, mindMapSchema, planSchema, reviewSchema, talentsSchema } from './schema';
import { growthValues, mindMapValues, orNull, planValues, reviewValues, talentsValues, type StoredGoal } from './sections';
import { checkPlan } from './teppc';

/*
 * The learning goal, one action per lesson step (mind map, plan, review, growth) plus the lesson 2
 * talents. Each refuses a save based on an older version of its own section, so the partner's
 * change to the same section is never silently overwritten; sections do not block each other.
 */

type Section = 'mindMap' | 'plan' | 'review' | 'growth';

const sectionValues: Record<Section, (goal: StoredGoal | null) => unknown> = {
  mindMap: mindMapValues,
  plan: planValues,
  review: reviewValues,
  growth: growthValues,
};

/**
 * Shared steps: the pupil must be an active pupil of the class, the section unchanged since the form
 * loaded it; then the write and its audit entry, in one transaction.
 */
async function saveSection(
  user: CurrentUser,
  classId: string,
  pupilId: string,
  section: Section,
  version: string,
  data: Omit<Prisma.LearningGoalUncheckedCreateInput, 'pupilId'>,
  detail: Prisma.InputJsonObject = {},
): Promise<ActionResult<{ version: string }>> {
  const outcome = await db.$transaction(async (tx) => {
    const pupil = await findActivePupil(tx, classId, pupilId);
    if (!pupil) return pupilNotFound();
    const current = await tx.learningGoal.findUnique({ where: { pupilId: pupil.id } });
    if (versionOf(sectionValues[section](current)) !== version) return conflict();
    const saved = await tx.learningGoal.upsert({
      where: { pupilId: pupil.id },
      create: { pupilId: pupil.id, ...data },
      update: data,
    });
    await audit({ userId: user.id, action: `goal.${section}`, entity: 'LearningGoal', entityId: pupil.id, classId, detail: { code: pupil.code, ...detail } }, tx);
    return ok({ version: versionOf(sectionValues[section](saved)) });
  });
  if (outcome.ok) revalidatePath(`/klassen/${classId}`, 'layout');
  return outcome;
}

export async function saveMindMap(classId: unknown, input: unknown): Promise<ActionResult<{ version: string }>> {
  const ctx = await pupilDataWriter(classId);
  if (!ctx.ok) return ctx.result;
  const parsed = validate(mindMapSchema, input);
  if (!parsed.ok) return parsed.result;
  const { pupilId, version, goal, whyItMatters, firstIdeas } = parsed.data;
  return saveSection(ctx.user, ctx.schoolClass.id, pupilId, 'mindMap', version, { goal, whyItMatters: orNull(whyItMatters), firstIdeas: orNull(firstIdeas) });
}

export async function savePlan(classId: unknown, input: unknown): Promise<ActionResult<{ ready: boolean; version: string }>> {
  const ctx = await pupilDataWriter(classId);
  if (!ctx.ok) return ctx.result;
  const parsed = validate(planSchema, input);
  if (!parsed.ok) return parsed.result;
  const { pupilId, version, intent, confirmations, ...plan } = parsed.data;
  // The schema refused "ready" unless every criterion passes; checked again here so the stored flag
  // can never say ready for a plan that is not.
  const ready = intent === 'ready' && checkPlan(plan, confirmations).allPassed;
  const outcome = await saveSection(
    ctx.user,
    ctx.schoolClass.id,
    pupilId,
    'plan',
    version,
    {
      planWhat: orNull(plan.planWhat),
      planWhen: orNull(plan.planWhen),
      planHow: orNull(plan.planHow),
      helpers: orNull(plan.helpers),
      motivators: orNull(plan.motivators),
      saboteurs: orNull(plan.saboteurs),
      criteria: { ...confirmations, planReady: ready },
    },
    { planReady: ready },
  );
  return outcome.ok ? ok({ ready, version: outcome.data.version }) : outcome;
}

export async function saveReview(classId: unknown, input: unknown): Promise<ActionResult<{ version: string }>> {
  const ctx = await pupilDataWriter(classId);
  if (!ctx.ok) return ctx.result;
  const parsed = validate(reviewSchema, input);
  if (!parsed.ok) return parsed.result;
  const { pupilId, version, feedback } = parsed.data;
  return saveSection(ctx.user, ctx.schoolClass.id, pupilId, 'review', version, { feedback });
}

export async function saveGrowth(classId: unknown, input: unknown): Promise<ActionResult<{ version: string }>> {
  const ctx = await pupilDataWriter(classId);
  if (!ctx.ok) return ctx.result;
  const parsed = validate(growthSchema, input);
  if (!parsed.ok) return parsed.result;
  const { pupilId, version, growth } = parsed.data;
  return saveSection(ctx.user, ctx.schoolClass.id, pupilId, 'growth', version, { growth: orNull(growth) });
}

/** Lesson 2's top 3 talents, gold first; empty places are left out. */
export async function saveTalents(classId: unknown, input: unknown): Promise<ActionResult<{ version: string }>> {
  const ctx = await pupilDataWriter(classId);
  if (!ctx.ok) return ctx.result;
  const parsed = validate(talentsSchema, input);
  if (!parsed.ok) return parsed.result;
  const { user, schoolClass } = ctx;
  const { pupilId, version, gold, silver, bronze } = parsed.data;
  const talents = [gold, silver, bronze].filter((talent) => talent !== '');

  const outcome = await db.$transaction(async (tx) => {
    const pupil = await findActivePupil(tx, schoolClass.id, pupilId);
    if (!pupil) return pupilNotFound();
    const current = await tx.pupilTalents.findUnique({ where: { pupilId: pupil.id } });
    if (versionOf(talentsValues(current)) !== version) return conflict();
    const saved = await tx.pupilTalents.upsert({ where: { pupilId: pupil.id }, create: { pupilId: pupil.id, talents }, update: { talents } });
    await audit({ userId: user.id, action: 'talents.update', entity: 'PupilTalents', entityId: pupil.id, classId: schoolClass.id, detail: { code: pupil.code, count: talents.length } }, tx);
    return ok({ version: versionOf(talentsValues(saved)) });
  });
  if (outcome.ok) revalidatePath(`/klassen/${schoolClass.id}`, 'layout');
  return outcome;
}
