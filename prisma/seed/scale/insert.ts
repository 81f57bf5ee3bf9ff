/**
 * Bulk inserts as plain multi-row INSERT statements. Prisma's createMany checks and maps every row
 * field by field, which made the scale seed take minutes; the rows here are already typed by
 * Prisma's own input types, so they go to PostgreSQL as they are. A cell left undefined takes the
 * column's default.
 */
import type { Prisma } from '../../../lib/generated/prisma/client';

/** PostgreSQL accepts at most 65 535 bind parameters per statement. */
const MAX_PARAMETERS = 60_000;

type Executor = Pick<Prisma.TransactionClient, '$executeRawUnsafe'>;

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

function parameter(value: unknown): unknown {
  // Columns are timestamp(3) without time zone holding UTC, as Prisma writes them: send UTC text.
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}

export async function insertRows(tx: Executor, table: string, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const params: unknown[] = [];
    const tuples = rows.slice(start, start + perStatement).map((row) => {
      const cells = columns.map((column) => {
        const value = (row as Record<string, unknown>)[column];
        if (value === undefined) return 'DEFAULT';
        params.push(parameter(value));
        return `$${params.length}`;
      });
      return `(${cells.join(',')})`;
    });
    await tx.$executeRawUnsafe(`INSERT INTO ${quote(table)} (${columns.map(quote).join(',')}) VALUES ${tuples.join(',')}`, ...params);
  }
}
