import { z } from 'zod';

/**
 * The shape of the programme "Bouwen aan vertrouwen" as typed data.
 * Every text here is taken from the source document (shared/seed/bouwen-aan-vertrouwen.txt);
 * the fidelity test checks titles and questions against it.
 */

/** Who leads an activity: the care worker (hulpverlener), the teacher (leerkracht) or both together. */
export const leadRoleSchema = z.enum(['CARE_WORKER', 'TEACHER', 'BOTH']);
export type LeadRole = z.infer<typeof leadRoleSchema>;

export const activityOptionSchema = z.object({
  /** Stable key within the activity, e.g. "rug-aan-rug". */
  key: z.string().regex(/^[a-z0-9-]+$/),
  /** The option as the source names it. */
  label: z.string().min(1),
  /** Extra explanation the source gives for this option, if any. */
  description: z.string().optional(),
  /** True for the source's "naar eigen inzicht gekozen" option: the pair describes it themselves. */
  ownChoice: z.boolean().default(false),
});
export type ActivityOption = z.infer<typeof activityOptionSchema>;

export const activitySchema = z.object({
  /** 1-based position in source order (lesson 5's duplicate "1." is renumbered). */
  number: z.number().int().min(1),
  /** Title as written in the source, without the leading number, e.g. "Oefening: Waar kom jij vandaan?". */
  title: z.string().min(1),
  /** True for the recurring opening exercise "Waar kom jij vandaan?". */
  recurringOpening: z.boolean().default(false),
  /** What the activity is for, in the source's words. */
  purpose: z.string().min(1),
  /** The guidance as written (the activity's full description). */
  guidance: z.string().min(1),
  /** What the teacher does, where the source says it separately. */
  teacherGuidance: z.string().optional(),
  /** What the care worker does, where the source says it separately. */
  careWorkerGuidance: z.string().optional(),
  /** The source's default lead; the pair may change it when preparing. */
  lead: leadRoleSchema,
  /** Minutes where the source gives them; otherwise null and the pair plans them. */
  minutes: z.number().int().positive().nullable(),
  /** True when the source makes the activity optional (the pair may skip it). */
  optional: z.boolean().default(false),
  /** Options the pair chooses between (e.g. the end activities); empty when there is no choice. */
  options: z.array(activityOptionSchema).default([]),
  /** Attachment numbers (bijlage N of this lesson's materials) the activity uses. */
  attachments: z.array(z.number().int().min(1)).default([]),
  /** True when this activity hands out homework for the pupil's mentor. */
  mentorHomework: z.boolean().default(false),
  /** Short text meant for the pupils, shown large on the classroom display (digibord). */
  pupilFacingText: z.string().optional(),
});
export type Activity = z.infer<typeof activitySchema>;

export const materialSchema = z.object({
  /** The attachment number as the source gives it (bijlage N). */
  number: z.number().int().min(1),
  /** Title as in the source's werkmaterialen list. */
  title: z.string().min(1),
  /** What it is, from the source. */
  description: z.string().optional(),
});
export type Material = z.infer<typeof materialSchema>;

/** Who takes a follow-up step when the mentor's homework does not come back. */
export const followUpActorSchema = z.enum(['CARE_WORKER', 'TEACHER', 'PAIR']);
export type FollowUpActor = z.infer<typeof followUpActorSchema>;

export const followUpStepSchema = z.object({
  /** Stable key, e.g. "remind-mentor". */
  key: z.string().regex(/^[a-z0-9-]+$/),
  /** Day of the step relative to the due date (0 = on the due date, 1 = the day after). */
  dayOffsetFromDue: z.number().int(),
  /** Alternatively relative to the next lesson's date (e.g. 0 = on the day of the next lesson). */
  anchor: z.enum(['DUE_DATE', 'NEXT_LESSON']),
  who: followUpActorSchema,
  /** What to do, in the source's words. */
  action: z.string().min(1),
});
export type FollowUpStep = z.infer<typeof followUpStepSchema>;

export const homeworkRuleSchema = z.object({
  /** The activity that hands out the homework. */
  activityNumber: z.number().int().min(1),
  /** What the mentor does, from the source. */
  description: z.string().min(1),
  /**
   * When the sheet must be back:
   * - DAYS_BEFORE_NEXT_LESSON: `days` calendar days before the next lesson's date;
   * - DAYS_AFTER_LESSON: `days` calendar days after this lesson (lesson 5's "enkele dagen" deadline the pair sets).
   */
  due: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('DAYS_BEFORE_NEXT_LESSON'), days: z.number().int().min(0) }),
    z.object({ kind: z.literal('DAYS_AFTER_LESSON'), days: z.number().int().min(1) }),
  ]),
  /** The source's words for the rule (the "LET OP" paragraph). */
  ruleText: z.string().min(1),
  /** Follow-up when it does not come back, in order. */
  followUp: z.array(followUpStepSchema).min(1),
  /** Set when the source says "reactie als bij les N": the ladder is taken from that lesson. */
  followUpAsLesson: z.number().int().min(1).max(8).optional(),
});
export type HomeworkRule = z.infer<typeof homeworkRuleSchema>;

export const lessonSchema = z.object({
  number: z.number().int().min(1).max(8),
  /** Lesson 8 "Vieren van succes" is optional in the programme. */
  optional: z.boolean().default(false),
  /** Short title for menus, e.g. "Vieren van succes"; the theme is the full A-text. */
  title: z.string().min(1),
  /** A: Thema van de les. */
  theme: z.string().min(1),
  /** B: Inhoudelijke toelichting. */
  rationale: z.string().min(1),
  /** C: Voorbereiding van de les. */
  preparation: z.string().min(1),
  /** D: Uitvoering, in source order. */
  activities: z.array(activitySchema).min(1),
  /** Mentor homework rule, or null when the lesson gives none. */
  homework: homeworkRuleSchema.nullable(),
  /** F: Werkmaterialen. */
  materials: z.array(materialSchema),
});
export type Lesson = z.infer<typeof lessonSchema>;

export const evaluationQuestionSchema = z.object({
  number: z.number().int().min(1).max(5),
  /** Stable key used in code and exports, e.g. "stressActions". */
  key: z.string().regex(/^[a-zA-Z]+$/),
  /** The question verbatim from the source. */
  text: z.string().min(1),
  /** Structured parts: question 1's actions A–C, question 2's three behaviours; empty for open questions. */
  parts: z.array(z.object({ key: z.string().regex(/^[a-z0-9]+$/), label: z.string() })),
});
export type EvaluationQuestion = z.infer<typeof evaluationQuestionSchema>;

export const goalCriterionSchema = z.object({
  key: z.enum(['testable', 'ecological', 'positive', 'personal', 'context']),
  /** Dutch name as in the source, e.g. "Toetsbaar". */
  label: z.string().min(1),
  /** The source's explanation. */
  explanation: z.string().min(1),
});
export type GoalCriterion = z.infer<typeof goalCriterionSchema>;

export const programmeSchema = z.object({
  /** Content version; bump when the text is corrected so existing plans keep theirs. */
  version: z.number().int().min(1),
  title: z.literal('Bouwen aan vertrouwen'),
  lessons: z.array(lessonSchema).length(8),
  evaluation: z.object({
    questions: z.array(evaluationQuestionSchema).length(5),
    /** Texts of the "Logboek" and "Gesprekken met de leerling" sections under every form. */
    logbookPrompt: z.string().min(1),
    conversationsPrompt: z.string().min(1),
  }),
  goalCriteria: z.array(goalCriterionSchema).length(5),
  /** Lesson 7's definition of trust, shown on the classroom display. */
  trustDefinition: z.string().min(1),
  /** Lesson 8's celebration items. */
  celebration: z.object({
    selfRatingQuestion: z.string().min(1),
    items: z.array(z.object({ key: z.string(), label: z.string(), description: z.string() })),
  }),
});
export type Programme = z.infer<typeof programmeSchema>;
