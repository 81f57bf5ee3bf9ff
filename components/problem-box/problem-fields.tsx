'use client';

import { useTranslations } from 'next-intl';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { DISCUSSION_LESSONS, problemStatuses, type ProblemEntryInput } from '@/lib/problem-box/schema';
import { LONG_TEXT_MAX } from '@/lib/pupils/schema-parts';

export type ProblemFieldName = 'problem' | 'anonymous' | 'pupilId' | 'solutions' | 'status' | 'discussedInLesson';

interface Props {
  field: (name: ProblemFieldName) => UseFormRegisterReturn;
  errors: Partial<Record<ProblemFieldName, string>>;
  anonymous: boolean;
  pupils: { id: string; alias: string }[];
  /** As loaded, so the fields show their values before the page is interactive. */
  defaults: ProblemEntryInput;
}

/** The fields of a problem-box entry, shared by the add and the edit form. */
export function ProblemFields({ field, errors, anonymous, pupils, defaults }: Props) {
  const t = useTranslations('problemBox.fields');
  return (
    <div className="grid gap-3">
      <TextAreaField label={t('problem')} hint={t('problemHint')} rows={3} maxLength={LONG_TEXT_MAX} error={errors.problem} defaultValue={defaults.problem} {...field('problem')} />
      <CheckboxField label={t('anonymous')} hint={t('anonymousHint')} error={errors.anonymous} defaultChecked={defaults.anonymous} {...field('anonymous')} />
      {anonymous ? null : (
        <SelectField label={t('pupil')} error={errors.pupilId} defaultValue={defaults.pupilId} {...field('pupilId')}>
          <option value="">{t('choosePupil')}</option>
          {pupils.map((pupil) => (
            <option key={pupil.id} value={pupil.id}>
              {pupil.alias}
            </option>
          ))}
        </SelectField>
      )}
      <TextAreaField label={t('solutions')} hint={t('solutionsHint')} rows={3} maxLength={LONG_TEXT_MAX} error={errors.solutions} defaultValue={defaults.solutions} {...field('solutions')} />
      <div className="grid gap-3 sm:grid-cols-2 sm:items-end">
        <SelectField label={t('status')} error={errors.status} defaultValue={defaults.status} {...field('status')}>
          {problemStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`statuses.${status}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('discussedInLesson')} hint={t('discussedInLessonHint')} error={errors.discussedInLesson} defaultValue={defaults.discussedInLesson} {...field('discussedInLesson')}>
          <option value="">{t('notDiscussed')}</option>
          {DISCUSSION_LESSONS.map((lesson) => (
            <option key={lesson} value={lesson}>
              {t('lesson', { number: lesson })}
            </option>
          ))}
        </SelectField>
      </div>
    </div>
  );
}
