/**
 * What one cell shows of a submitted evaluation: every part of the chosen question in the form's
 * order (with its label, e.g. "A" or "Gedrag 1"), then its amendments oldest first. Pure.
 */

export interface QuestionParts {
  key: string;
  parts: readonly { key: string; label: string }[];
}

export interface AnswerPart {
  key: string;
  /** Null for an open question (one text, no parts). */
  label: string | null;
  /** Null when this part was left empty on submission. */
  text: string | null;
}

export type AuthorRole = 'TEACHER' | 'CARE_WORKER' | 'COORDINATOR' | 'ADMIN';

export interface AmendmentItem {
  id: string;
  createdAt: string;
  authorRole: AuthorRole;
  /** An addition to the whole form rather than to this question. */
  general: boolean;
  text: string;
}

export function answerParts(question: QuestionParts, answers: readonly { partKey: string; text: string }[]): AnswerPart[] {
  const byPart = new Map(answers.map((a) => [a.partKey, a.text]));
  const text = (key: string) => {
    const value = byPart.get(key)?.trim();
    return value ? value : null;
  };
  if (question.parts.length === 0) return [{ key: '', label: null, text: text('') }];
  return question.parts.map((part) => ({ key: part.key, label: part.label, text: text(part.key) }));
}

export function orderAmendments(amendments: readonly AmendmentItem[]): AmendmentItem[] {
  return [...amendments].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
