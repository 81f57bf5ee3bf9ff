import 'server-only';
import { db } from '../db';

/**
 * Dutch full-text search in the submitted answers to one question and in their amendments
 * (those about that question and those about the whole form). An evaluation counts as found
 * when any of its answers or amendments matches. Both texts are searched with exactly the
 * expression the GIN indexes were built on (migration evaluation_full_text), so they are used.
 * Every value goes in as a parameter of the tagged template; no SQL is built from strings.
 */

/** The coordinator's scope: null = every school. */
export type SchoolScope = readonly string[] | null;

/**
 * Whether the search names a pupil in the coordinator's scope.
 *
 * The coordinator reads every text with pupils' aliases replaced by their codes. If searching
 * "Roos" still found the evaluations whose original text says "Roos", the coordinator could learn
 * that a child called Roos is in that class, and by comparing the hits which code is hers (also
 * through "-Roos", which finds exactly the texts without her). So a search in which any word is
 * a pupil's alias finds nothing, and looks exactly like a search without hits (saying "this is a
 * pupil's name" would tell the same thing).
 *
 * Words are compared as PostgreSQL's Dutch configuration reduces them (lower case, stemmed),
 * the same way the search reads them, so every form that would find the name in a text ("ISA",
 * "Isa's", an inflection with the same stem) is caught. The price: a search for a common word
 * that is also a pupil's alias ("roos" the flower) finds nothing.
 */
export async function searchNamesPupil(scope: SchoolScope, search: string): Promise<boolean> {
  const everySchool = scope === null;
  const schoolIds = scope === null ? [] : [...scope];
  const [row] = await db.$queryRaw<{ names: boolean }[]>`
    SELECT EXISTS (
      SELECT 1
        FROM "Pupil" p
        JOIN "Class" c ON c."id" = p."classId"
       WHERE (${everySchool}::boolean OR c."schoolId" = ANY(${schoolIds}::text[]))
         AND tsvector_to_array(to_tsvector('dutch', p."alias")) && tsvector_to_array(to_tsvector('dutch', ${search}::text))
    ) AS "names"`;
  return row?.names ?? true;
}

/**
 * The evaluations, among `evaluationIds` (already limited to the coordinator's scope and the
 * filters), whose answer to `questionKey` or an amendment of it matches the search.
 */
export async function evaluationsMatching(evaluationIds: readonly string[], questionKey: string, search: string): Promise<Set<string>> {
  if (evaluationIds.length === 0) return new Set();
  const ids = [...evaluationIds];
  const rows = await db.$queryRaw<{ evaluationId: string }[]>`
    SELECT a."evaluationId"
      FROM "EvaluationAnswer" a
     WHERE a."evaluationId" = ANY(${ids}::text[])
       AND a."questionKey" = ${questionKey}
       AND to_tsvector('dutch', a."text") @@ websearch_to_tsquery('dutch', ${search}::text)
    UNION
    SELECT m."evaluationId"
      FROM "EvaluationAmendment" m
     WHERE m."evaluationId" = ANY(${ids}::text[])
       AND (m."questionKey" = ${questionKey} OR m."questionKey" IS NULL)
       AND to_tsvector('dutch', m."text") @@ websearch_to_tsquery('dutch', ${search}::text)`;
  return new Set(rows.map((r) => r.evaluationId));
}
