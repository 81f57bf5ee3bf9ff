import 'server-only';
import type { FieldValue } from '../collab/types';
import type { Prisma } from '../generated/prisma/client';
import { runStateFromValues, type RunState } from './state';

/** The run state inside a transaction, with each field's version (0 = never written) for writing it back. */
export async function readRunState(tx: Prisma.TransactionClient, planId: string): Promise<{ state: RunState; versionOf: (key: string) => number }> {
  const rows = await tx.sharedField.findMany({ where: { documentKind: 'RUN', documentId: planId } });
  // Shared fields are stored wrapped as {"v": value} (lib/collab/store.ts).
  const values = Object.fromEntries(rows.map((row) => [row.key, (row.value as { v?: FieldValue } | null)?.v ?? null]));
  const versions = new Map(rows.map((row) => [row.key, row.version]));
  return { state: runStateFromValues(values), versionOf: (key) => versions.get(key) ?? 0 };
}
