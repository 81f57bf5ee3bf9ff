import 'server-only';
import { audit } from '../audit/log';
import type { CurrentUser } from '../auth/current-user';
import { can } from '../auth/policy';
import { findClassFor, type ClassRef } from '../classes/access';
import { db } from '../db';
import { getLesson } from '../programme';

export interface PortfolioFeedback {
  key: string;
  text: string;
}

export interface Portfolio {
  schoolClass: ClassRef;
  pupil: { id: string; alias: string; active: boolean; buddyAlias: string | null; mentorWho: string | null };
  talents: string[];
  goal: {
    goal: string;
    whyItMatters: string;
    firstIdeas: string;
    planWhat: string;
    planWhen: string;
    planHow: string;
    helpers: string;
    motivators: string;
    saboteurs: string;
  } | null;
  /** Lesson 6 feedback per source (pupil, mentor, buddy, classmates, teacher, careWorker), filled ones only. */
  feedback: PortfolioFeedback[];
  growth: string | null;
  captures: { id: string; lessonNumber: number; lessonTitle: string; kind: string; text: string | null; capturedAt: string; authorName: string }[];
  conversations: { id: string; lessonNumber: number; heldOn: string; talkedByName: string; said: string; agreements: string | null }[];
  celebration: { selfRatingNow: number | null; selfRatingStart: number | null; proudest: string | null; keepGoing: string | null } | null;
}

const FEEDBACK_ORDER = ['pupil', 'mentor', 'buddy', 'classmates', 'teacher', 'careWorker'];

function feedbackOf(json: unknown): PortfolioFeedback[] {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return [];
  const record = json as Record<string, unknown>;
  return FEEDBACK_ORDER.flatMap((key) => {
    const value = record[key];
    return typeof value === 'string' && value.trim() ? [{ key, text: value.trim() }] : [];
  });
}

/** Everything collected about one pupil over the lessons, for the pair (audited). */
export async function getPortfolio(user: CurrentUser, classId: string, pupilId: string): Promise<Portfolio | null> {
  if (typeof pupilId !== 'string' || pupilId.length > 40) return null;
  const schoolClass = await findClassFor(user, classId, 'read');
  if (!schoolClass || !can(user, 'read', { kind: 'pupilData', classId, schoolId: schoolClass.schoolId })) return null;
  const pupil = await db.pupil.findFirst({
    where: { id: pupilId, classId },
    include: {
      buddy: { select: { alias: true } },
      mentor: { select: { who: true } },
      talents: true,
      learningGoal: true,
      celebration: true,
      captures: { include: { plan: { select: { lessonNumber: true } }, author: { select: { name: true } } }, orderBy: { capturedAt: 'asc' } },
      conversations: { include: { plan: { select: { lessonNumber: true } }, talkedBy: { select: { name: true } } }, orderBy: { heldOn: 'asc' } },
    },
  });
  if (!pupil) return null;
  await audit({ userId: user.id, action: 'pupil.read', entity: 'Pupil', entityId: pupil.id, classId, detail: { view: 'portfolio', code: pupil.code } });
  const goal = pupil.learningGoal;
  const text = (value: string | null | undefined) => value ?? '';
  return {
    schoolClass,
    pupil: { id: pupil.id, alias: pupil.alias, active: pupil.active, buddyAlias: pupil.buddy?.alias ?? null, mentorWho: pupil.mentor?.who ?? null },
    talents: (pupil.talents?.talents ?? []).filter((t) => t.trim()),
    goal: goal
      ? {
          goal: text(goal.goal),
          whyItMatters: text(goal.whyItMatters),
          firstIdeas: text(goal.firstIdeas),
          planWhat: text(goal.planWhat),
          planWhen: text(goal.planWhen),
          planHow: text(goal.planHow),
          helpers: text(goal.helpers),
          motivators: text(goal.motivators),
          saboteurs: text(goal.saboteurs),
        }
      : null,
    feedback: feedbackOf(goal?.feedback),
    growth: goal?.growth?.trim() || null,
    captures: pupil.captures.map((c) => ({
      id: c.id,
      lessonNumber: c.plan.lessonNumber,
      lessonTitle: getLesson(c.plan.lessonNumber)?.title ?? '',
      kind: c.kind,
      text: c.text,
      capturedAt: c.capturedAt.toISOString(),
      authorName: c.author.name,
    })),
    conversations: pupil.conversations.map((c) => ({
      id: c.id,
      lessonNumber: c.plan.lessonNumber,
      heldOn: c.heldOn.toISOString().slice(0, 10),
      talkedByName: c.talkedBy.name,
      said: c.said,
      agreements: c.agreements,
    })),
    celebration: pupil.celebration
      ? { selfRatingNow: pupil.celebration.selfRatingNow, selfRatingStart: pupil.celebration.selfRatingStart, proudest: pupil.celebration.proudest, keepGoing: pupil.celebration.keepGoing }
      : null,
  };
}
