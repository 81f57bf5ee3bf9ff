import 'server-only';
import { versionOf } from './version';

type StoredMentor = { who: string; contact: string | null; note: string | null } | null;

/** The version of a pupil's mentor as the form shows it (no mentor yet is a version too). */
export function mentorVersion(mentor: StoredMentor): string {
  return versionOf(mentor ? { who: mentor.who, contact: mentor.contact ?? '', note: mentor.note ?? '' } : null);
}
