/**
 * A fingerprint of every table in the test database: its row count and a hash of all its rows.
 * Comparing two fingerprints shows whether anything at all was written in between (a refused
 * action must change nothing, not even an audit entry), and which tables changed.
 */
import { db } from '../../lib/db';

export type DatabaseFingerprint = Record<string, string>;

export async function databaseFingerprint(): Promise<DatabaseFingerprint> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  const fingerprint: DatabaseFingerprint = {};
  for (const { name } of tables) {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const [row] = await db.$queryRawUnsafe<{ rows: string; digest: string | null }[]>(
      `SELECT count(*)::text AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${quoted} t`,
    );
    fingerprint[name] = `${row?.rows ?? '?'} rows, ${row?.digest ?? 'empty'}`;
  }
  return fingerprint;
}

/** The tables whose rows differ between two fingerprints. */
export function changedTables(before: DatabaseFingerprint, after: DatabaseFingerprint): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((name) => before[name] !== after[name]).sort();
}
