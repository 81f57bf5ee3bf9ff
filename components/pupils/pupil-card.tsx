import { getTranslations } from 'next-intl/server';
import { Disclosure } from '@/components/ui/disclosure';
import type { PupilListItem } from '@/lib/pupils/queries';
import { BuddyForm } from './buddy-form';
import { LeavePupilForm } from './leave-pupil-form';
import { MentorForm } from './mentor-form';
import { RenamePupilForm } from './rename-pupil-form';

/** One pupil with their buddy and mentor at home, and the forms to change them. */
export async function PupilCard({ classId, pupil, classmates }: { classId: string; pupil: PupilListItem; classmates: PupilListItem[] }) {
  const t = await getTranslations('pupils');
  const headingId = `leerling-${pupil.id}`;
  return (
    <li>
      <section aria-labelledby={headingId} className="rounded-lg border border-brand-100 bg-white p-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 id={headingId} className="text-lg font-bold text-brand-800">
            {pupil.alias}
          </h3>
          <span className="text-sm text-gray-600">{t('card.code', { code: pupil.code })}</span>
        </div>
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t('card.buddy')}</dt>
          <dd>{pupil.buddy ? pupil.buddy.alias : <span className="text-gray-600">{t('card.noBuddy')}</span>}</dd>
          <dt className="font-semibold">{t('card.mentor')}</dt>
          <dd>
            {pupil.mentor ? (
              <>
                {pupil.mentor.who}
                {pupil.mentor.contact ? <span className="text-gray-700"> · {pupil.mentor.contact}</span> : null}
                {pupil.mentor.note ? <span className="block text-sm text-gray-700">{pupil.mentor.note}</span> : null}
              </>
            ) : (
              <span className="text-gray-600">{t('card.noMentor')}</span>
            )}
          </dd>
        </dl>
        <div className="mt-3 grid gap-2">
          <Disclosure summary={t('card.editBuddy', { alias: pupil.alias })}>
            <BuddyForm
              classId={classId}
              pupilId={pupil.id}
              buddyId={pupil.buddy?.id ?? null}
              classmates={classmates.filter((mate) => mate.id !== pupil.id).map((mate) => ({ id: mate.id, alias: mate.alias, buddyAlias: mate.buddy?.alias ?? null }))}
            />
          </Disclosure>
          <Disclosure summary={t('card.editMentor', { alias: pupil.alias })}>
            <MentorForm classId={classId} pupilId={pupil.id} mentor={pupil.mentor} version={pupil.mentorVersion} />
          </Disclosure>
          <Disclosure summary={t('card.rename', { alias: pupil.alias })}>
            <RenamePupilForm classId={classId} pupilId={pupil.id} alias={pupil.alias} />
          </Disclosure>
          <Disclosure summary={t('card.leave', { alias: pupil.alias })}>
            <LeavePupilForm classId={classId} pupilId={pupil.id} alias={pupil.alias} buddyAlias={pupil.buddy?.alias ?? null} />
          </Disclosure>
        </div>
      </section>
    </li>
  );
}
