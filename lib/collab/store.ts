import 'server-only';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { LIVE_CHANNEL, type LiveNotice } from './channel';
import type { DocumentKind, FieldState, FieldValue, PresenceEntry } from './types';

type Tx = Prisma.TransactionClient;

/** Delivered to every instance's listeners when the surrounding transaction commits. */
export async function notifyLive(tx: Tx, notice: LiveNotice): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(notice)})`;
}

// Values are stored wrapped as {"v": value}: the column is required JSON, and null is a value.
const wrap = (value: FieldValue): Prisma.InputJsonValue => ({ v: value });
const unwrap = (stored: Prisma.JsonValue): FieldValue => ((stored as { v?: FieldValue } | null)?.v ?? null);

function toState(row: { value: Prisma.JsonValue; version: number; updatedById: string | null; updatedAt: Date }): FieldState {
  return { value: unwrap(row.value), version: row.version, updatedBy: row.updatedById, updatedAt: row.updatedAt.toISOString() };
}

export async function readFields(kind: DocumentKind, documentId: string): Promise<Record<string, FieldState>> {
  const rows = await db.sharedField.findMany({ where: { documentKind: kind, documentId } });
  return Object.fromEntries(rows.map((row) => [row.key, toState(row)]));
}

export async function readField(kind: DocumentKind, documentId: string, key: string): Promise<FieldState | null> {
  const row = await db.sharedField.findUnique({ where: { documentKind_documentId_key: { documentKind: kind, documentId, key } } });
  return row ? toState(row) : null;
}

export type WriteOutcome = { ok: true; version: number } | { ok: false; current: FieldState };

/**
 * Writes one field if it is still at `baseVersion` (0 = never saved). The row is locked for the
 * check, so two saves on the same base cannot both win; the loser gets the current state back.
 */
export async function writeField(
  tx: Tx,
  input: { kind: DocumentKind; documentId: string; key: string; value: FieldValue; baseVersion: number; userId: string },
): Promise<WriteOutcome> {
  const { kind, documentId, key, value, baseVersion, userId } = input;
  const locked = await tx.$queryRaw<{ version: number }[]>`
    SELECT version FROM "SharedField"
    WHERE "documentKind" = ${kind}::"SharedDocumentKind" AND "documentId" = ${documentId} AND key = ${key}
    FOR UPDATE`;
  const currentVersion = locked[0]?.version ?? 0;
  if (currentVersion !== baseVersion) {
    const row = await tx.sharedField.findUniqueOrThrow({ where: { documentKind_documentId_key: { documentKind: kind, documentId, key } } });
    return { ok: false, current: toState(row) };
  }
  const version = currentVersion + 1;
  const jsonValue = wrap(value);
  if (currentVersion === 0) {
    // A concurrent first save of the same field fails on the primary key and is reported as a
    // conflict by the caller (the transaction is retried once there).
    await tx.sharedField.create({ data: { documentKind: kind, documentId, key, value: jsonValue, version, updatedById: userId } });
  } else {
    await tx.sharedField.update({
      where: { documentKind_documentId_key: { documentKind: kind, documentId, key } },
      data: { value: jsonValue, version, updatedById: userId, updatedAt: new Date() },
    });
  }
  await notifyLive(tx, { kind, documentId, type: 'field', key });
  return { ok: true, version };
}

const PRESENCE_TTL_MS = 45_000;

export async function readPresence(kind: DocumentKind, documentId: string): Promise<PresenceEntry[]> {
  const rows = await db.presence.findMany({
    where: { documentKind: kind, documentId, seenAt: { gte: new Date(Date.now() - PRESENCE_TTL_MS) } },
  });
  if (rows.length === 0) return [];
  const users = await db.user.findMany({ where: { id: { in: rows.map((r) => r.userId) } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((r) => ({ userId: r.userId, name: names.get(r.userId) ?? '', field: r.field }));
}

export async function touchPresence(kind: DocumentKind, documentId: string, userId: string, field: string | null): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.presence.upsert({
      where: { documentKind_documentId_userId: { documentKind: kind, documentId, userId } },
      update: { field, seenAt: new Date() },
      create: { documentKind: kind, documentId, userId, field },
    });
    await notifyLive(tx, { kind, documentId, type: 'presence' });
  });
}

export async function leavePresence(kind: DocumentKind, documentId: string, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.presence.deleteMany({ where: { documentKind: kind, documentId, userId } });
    await notifyLive(tx, { kind, documentId, type: 'presence' });
  });
}
