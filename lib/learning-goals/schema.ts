import { z } from 'zod';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX, idSchema, optionalText, requiredText, versionSchema } from '../pupils/schema-parts';
import { CRITERION_KEYS, checkPlan, type CriterionProblem } from './teppc';

/**
 * The learning goal's forms, one per lesson step, shared by form and action. Each sends the version
 * of the section it was loaded with (lib/pupils/version.ts).
 */

const text = optionalText(LONG_TEXT_MAX);

/** Lesson 3: the mind map. */
export const mindMapSchema = z.object({
  pupilId: idSchema,
  goal: requiredText(LONG_TEXT_MAX),
  whyItMatters: text,
  firstIdeas: text,
  version: versionSchema,
});
export type MindMapInput = z.input<typeof mindMapSchema>;

const confirmationsSchema = z.object(
  Object.fromEntries(CRITERION_KEYS.map((key) => [key, z.boolean({ error: 'pupils.errors.invalid' })])) as Record<(typeof CRITERION_KEYS)[number], z.ZodBoolean>,
);

/** Where a failed text check is shown, and with which message. */
const problemField: Record<CriterionProblem, { field: 'planWhat' | 'planWhen'; message: string }> = {
  negative: { field: 'planWhat', message: 'goals.errors.negative' },
  notFirstPerson: { field: 'planWhat', message: 'goals.errors.notFirstPerson' },
  aboutOthers: { field: 'planWhat', message: 'goals.errors.aboutOthers' },
  missingWhat: { field: 'planWhat', message: 'goals.errors.missingWhat' },
  missingWhen: { field: 'planWhen', message: 'goals.errors.missingWhen' },
};

/**
 * Lesson 5: the concrete plan. Saved as a draft whatever the TEPPC check says; marked "plan klaar"
 * (intent "ready") only when all five criteria pass, otherwise refused with the reasons on the fields.
 */
export const planSchema = z
  .object({
    pupilId: idSchema,
    planWhat: text,
    planWhen: optionalText(SHORT_TEXT_MAX * 4),
    planHow: text,
    helpers: text,
    motivators: text,
    saboteurs: text,
    confirmations: confirmationsSchema,
    intent: z.enum(['draft', 'ready'], { message: 'pupils.errors.invalid' }),
    version: versionSchema,
  })
  .superRefine((plan, ctx) => {
    if (plan.intent !== 'ready') return;
    for (const criterion of checkPlan(plan, plan.confirmations).criteria) {
      if (criterion.problem) {
        const { field, message } = problemField[criterion.problem];
        ctx.addIssue({ code: 'custom', path: [field], message });
      }
      if (!criterion.confirmed) ctx.addIssue({ code: 'custom', path: ['confirmations', criterion.key], message: 'goals.errors.confirm' });
    }
  });
export type PlanInput = z.input<typeof planSchema>;

export const FEEDBACK_SOURCES = ['pupil', 'mentor', 'buddy', 'classmates', 'teacher', 'careWorker'] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];

/** Lesson 6: looking back, with feedback in the source's order (pupil, mentor, buddy, classmates, teacher and care worker). */
export const reviewSchema = z.object({
  pupilId: idSchema,
  feedback: z.object(Object.fromEntries(FEEDBACK_SOURCES.map((key) => [key, text])) as Record<FeedbackSource, typeof text>),
  version: versionSchema,
});
export type ReviewInput = z.input<typeof reviewSchema>;

/** Lesson 7: marking growth. */
export const growthSchema = z.object({ pupilId: idSchema, growth: text, version: versionSchema });
export type GrowthInput = z.input<typeof growthSchema>;

/** Lesson 2: the pupil's top 3 talents (gold, silver, bronze), kept for the certificate. */
export const talentsSchema = z.object({
  pupilId: idSchema,
  gold: optionalText(SHORT_TEXT_MAX),
  silver: optionalText(SHORT_TEXT_MAX),
  bronze: optionalText(SHORT_TEXT_MAX),
  version: versionSchema,
});
export type TalentsInput = z.input<typeof talentsSchema>;
