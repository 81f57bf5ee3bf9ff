import 'server-only';
import { audit } from '../audit/log';
import type { CurrentUser } from '../auth/current-user';

/**
 * Records that the user viewed pupil data of a class: one entry per page view (not per pupil),
 * naming the view and how many pupils' records it showed.
 */
export async function auditPupilDataRead(user: CurrentUser, classId: string, view: string, detail: Record<string, string | number> = {}): Promise<void> {
  await audit({ userId: user.id, action: 'pupil.read', entity: 'Pupil', classId, detail: { view, ...detail } });
}
