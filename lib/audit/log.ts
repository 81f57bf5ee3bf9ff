import 'server-only';
import { headers } from 'next/headers';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { clientIp } from '../http/client-ip';

export interface AuditEntry {
  userId: string | null;
  /** What happened, e.g. "login.success", "pupil.read", "account.deactivate". */
  action: string;
  /** The kind of record, e.g. "User", "Pupil", "LessonPlan". */
  entity: string;
  entityId?: string | null;
  classId?: string | null;
  detail?: Prisma.InputJsonValue;
  /** Given when known (route handlers); otherwise read from the current request. */
  ip?: string;
}

type AuditWriter = Pick<Prisma.TransactionClient, 'auditLog'>;

async function requestIp(): Promise<string | null> {
  try {
    return clientIp(await headers());
  } catch {
    return null; // outside a request (seed, scripts)
  }
}

/**
 * The one way to write the audit log. Pass the transaction client when the audited change is
 * part of a transaction, so the change and its log entry are stored together or not at all.
 */
export async function audit(entry: AuditEntry, client: AuditWriter = db): Promise<void> {
  await client.auditLog.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      classId: entry.classId ?? null,
      ip: entry.ip ?? (await requestIp()),
      detail: entry.detail,
    },
  });
}
