import 'server-only';
import type { CurrentUser } from '../../auth/current-user';
import { db } from '../../db';
import type { Role } from '../../generated/prisma/enums';
import { assertAdminReads } from '../access';

/** "active": can sign in; "invited": has never set a password; "inactive": deactivated. */
export type AccountStatus = 'active' | 'invited' | 'inactive';

export interface AccountRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  status: AccountStatus;
  classes: { id: string; name: string; schoolName: string }[];
  /** Coordinators only: null = every school. */
  coordinatorSchools: string[] | null;
}

export interface AccountDetail extends AccountRow {
  coordinatorScope: 'ALL' | 'SELECTED';
  schoolIds: string[];
  /** When the newest unused link stops working, if there is one. */
  openLinkExpiresAt: Date | null;
  isSelf: boolean;
}

// Never the password hash itself: whether one is set is read as a separate list of ids.
const accountSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  coordinatorAllSchools: true,
  memberships: { select: { class: { select: { id: true, name: true, school: { select: { name: true } } } } } },
  coordinatorSchools: { select: { school: { select: { id: true, name: true } } } },
} as const;

async function idsWithoutPassword(ids?: string[]): Promise<Set<string>> {
  const rows = await db.user.findMany({ where: { passwordHash: null, ...(ids ? { id: { in: ids } } : {}) }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

type AccountRecord = Awaited<ReturnType<typeof findAccounts>>[number];
const findAccounts = (where: { id?: string } = {}) => db.user.findMany({ where, select: accountSelect, orderBy: [{ active: 'desc' }, { name: 'asc' }] });

function toRow(user: AccountRecord, withoutPassword: Set<string>): AccountRow {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    status: !user.active ? 'inactive' : withoutPassword.has(user.id) ? 'invited' : 'active',
    classes: user.memberships
      .map((m) => ({ id: m.class.id, name: m.class.name, schoolName: m.class.school.name }))
      .sort((a, b) => a.schoolName.localeCompare(b.schoolName, 'nl') || a.name.localeCompare(b.name, 'nl')),
    coordinatorSchools:
      user.role !== 'COORDINATOR' ? [] : user.coordinatorAllSchools ? null : user.coordinatorSchools.map((s) => s.school.name).sort((a, b) => a.localeCompare(b, 'nl')),
  };
}

export async function listAccounts(user: CurrentUser): Promise<AccountRow[]> {
  assertAdminReads(user);
  const [accounts, withoutPassword] = await Promise.all([findAccounts(), idsWithoutPassword()]);
  return accounts.map((account) => toRow(account, withoutPassword));
}

export async function getAccount(user: CurrentUser, id: string): Promise<AccountDetail | null> {
  assertAdminReads(user);
  const [account] = await findAccounts({ id });
  if (!account) return null;
  const [withoutPassword, openLink] = await Promise.all([
    idsWithoutPassword([id]),
    db.invitation.findFirst({ where: { userId: id, usedAt: null, expiresAt: { gt: new Date() } }, orderBy: { expiresAt: 'desc' }, select: { expiresAt: true } }),
  ]);
  return {
    ...toRow(account, withoutPassword),
    // Someone who becomes a coordinator starts with every school; a limited scope is a choice.
    coordinatorScope: account.role === 'COORDINATOR' && !account.coordinatorAllSchools ? 'SELECTED' : 'ALL',
    schoolIds: account.coordinatorSchools.map((s) => s.school.id),
    openLinkExpiresAt: openLink?.expiresAt ?? null,
    isSelf: account.id === user.id,
  };
}
