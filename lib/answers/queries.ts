import 'server-only';
import { audit } from '../audit/log';
import type { CurrentUser } from '../auth/current-user';
import { db } from '../db';
import { coordinatorScope } from '../overview/scope';
import { evaluationQuestions } from '../evaluation/fields';
import { programme } from '../programme';
import { hasEvaluationForm } from '../programme/lesson-extras';
import { classPseudonymisers } from '../pseudonym/class-pseudonymisers';
import { answerParts, orderAmendments, type AmendmentItem, type AnswerPart } from './cell-content';
import { buildGrid, countShown, paginate, type ClassRef, type GridRow, type SchoolRef } from './grid';
import type { AnswersFilter } from './schema';
import { evaluationsMatching, searchNamesPupil } from './search';

/** Classes per page: 300 classes × 7 lessons of text on one page would be megabytes. */
export const ANSWERS_PAGE_SIZE = 25;

export type AnswerCell =
  | { lessonNumber: number; state: 'shown'; evaluationId: string; heldOn: string | null; parts: AnswerPart[]; amendments: AmendmentItem[] }
  | { lessonNumber: number; state: 'filteredOut' }
  | { lessonNumber: number; state: 'notEvaluated' };

export interface AnswerRow extends ClassRef {
  cells: AnswerCell[];
}

export interface AnswersData {
  question: { number: number; key: string; text: string; parts: { key: string; label: string }[] };
  questions: { number: number; key: string }[];
  /** The lesson columns: the chosen lesson, or every lesson with an evaluation form. */
  lessons: number[];
  rows: AnswerRow[];
  schools: { id: string; name: string }[];
  /** Over all pages: classes with a row and evaluations shown. */
  classCount: number;
  evaluationCount: number;
  page: number;
  pageCount: number;
}

/**
 * Every class's submitted answer to one question, per lesson, side by side, for the coordinator
 * (null for anyone else). Pseudonymised: each text passes through its class's pseudonymiser.
 *
 * A bounded number of queries whatever the number of classes: the classes in scope, the
 * submitted evaluations' ids and days, the search (two, when searching), then for the classes
 * on this page only the answers, the amendments and the pupils for the pseudonymisers; and one
 * audit entry for the page view.
 */
export async function getAnswersSideBySide(user: CurrentUser, filter: AnswersFilter): Promise<AnswersData | null> {
  // The same classes as the overview, charts and export: the coordinator's scope, narrowed by school and type.
  const scoped = await coordinatorScope(user, { school: filter.school, kind: filter.kind });
  if (!scoped) return null;
  const question = evaluationQuestions.find((q) => q.key === filter.question) ?? evaluationQuestions[0]!;
  const scope = user.coordinatorSchoolIds;
  const classes: ClassRef[] = scoped.classes.map((c) => ({ classId: c.id, className: c.name, schoolYear: c.schoolYear, school: c.school satisfies SchoolRef }));

  const lessons = filter.lesson ? [filter.lesson] : programme.lessons.map((l) => l.number).filter(hasEvaluationForm);
  const plans = await db.lessonPlan.findMany({
    where: { classId: { in: classes.map((c) => c.classId) }, lessonNumber: { in: lessons }, evaluation: { submittedAt: { not: null } } },
    select: { classId: true, lessonNumber: true, heldOn: true, evaluation: { select: { id: true } } },
  });
  const evaluated = plans.flatMap((p) => (p.evaluation ? [{ classId: p.classId, lessonNumber: p.lessonNumber, evaluationId: p.evaluation.id, heldOn: p.heldOn?.toISOString().slice(0, 10) ?? null }] : []));

  let matches: Set<string> | undefined;
  let searchBlocked = false;
  if (filter.q) {
    searchBlocked = await searchNamesPupil(scope, filter.q);
    matches = searchBlocked ? new Set() : await evaluationsMatching(evaluated.map((e) => e.evaluationId), question.key, filter.q);
  }

  const grid = buildGrid(classes, evaluated, lessons, { from: filter.from, to: filter.to, matches });
  const { items, page, pageCount } = paginate(grid, filter.page, ANSWERS_PAGE_SIZE);
  const rows = await withTexts(items, question);

  await audit({
    userId: user.id,
    action: 'evaluation.read',
    entity: 'Evaluation',
    detail: {
      view: 'answers',
      question: question.key,
      school: filter.school ?? null,
      kind: filter.kind ?? null,
      lesson: filter.lesson ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      // A search that named a pupil is recorded as such, without the name.
      search: searchBlocked ? null : (filter.q ?? null),
      searchNamedPupil: searchBlocked,
      page,
      classes: rows.length,
      evaluations: countShown(items),
    },
  });

  return {
    question: { number: question.number, key: question.key, text: question.text, parts: question.parts.map((p) => ({ key: p.key, label: p.label })) },
    questions: evaluationQuestions.map((q) => ({ number: q.number, key: q.key })),
    lessons,
    rows,
    schools: scoped.schools,
    classCount: grid.length,
    evaluationCount: countShown(grid),
    page,
    pageCount,
  };
}

/** The texts of the shown evaluations on this page, each through its class's pseudonymiser. */
async function withTexts(rows: readonly GridRow[], question: (typeof evaluationQuestions)[number]): Promise<AnswerRow[]> {
  const evaluationIds = rows.flatMap((r) => r.cells.flatMap((c) => (c.state === 'shown' ? [c.evaluation.evaluationId] : [])));
  const [answers, amendments, pseudonymisers] = await Promise.all([
    db.evaluationAnswer.findMany({ where: { evaluationId: { in: evaluationIds }, questionKey: question.key }, select: { evaluationId: true, partKey: true, text: true } }),
    db.evaluationAmendment.findMany({
      where: { evaluationId: { in: evaluationIds }, OR: [{ questionKey: question.key }, { questionKey: null }] },
      select: { id: true, evaluationId: true, questionKey: true, text: true, createdAt: true, author: { select: { role: true } } },
    }),
    classPseudonymisers(rows.map((r) => r.classId)),
  ]);
  const answersOf = groupByEvaluation(answers);
  const amendmentsOf = groupByEvaluation(amendments);

  return rows.map((row) => {
    const pseudonymise = pseudonymisers.get(row.classId);
    // Never show a text that has not passed the class's pseudonymiser.
    if (!pseudonymise) throw new Error(`no pseudonymiser for class ${row.classId}`);
    const cells = row.cells.map((cell): AnswerCell => {
      if (cell.state !== 'shown') return cell;
      const { evaluationId, heldOn, lessonNumber } = cell.evaluation;
      return {
        lessonNumber,
        state: 'shown',
        evaluationId,
        heldOn,
        parts: answerParts(question, answersOf.get(evaluationId) ?? []).map((p) => ({ ...p, text: p.text === null ? null : pseudonymise(p.text) })),
        amendments: orderAmendments(
          (amendmentsOf.get(evaluationId) ?? []).map((a) => ({ id: a.id, createdAt: a.createdAt.toISOString(), authorRole: a.author.role, general: a.questionKey === null, text: pseudonymise(a.text) })),
        ),
      };
    });
    return { classId: row.classId, className: row.className, schoolYear: row.schoolYear, school: row.school, cells };
  });
}

function groupByEvaluation<T extends { evaluationId: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.evaluationId) ?? [];
    list.push(item);
    groups.set(item.evaluationId, list);
  }
  return groups;
}
