'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { recordOutcome } from '@/lib/run/actions';
import { OUTCOME_MINUTES_MAX, OUTCOME_NOTE_MAX, outcomeKinds, type OutcomeKind } from '@/lib/run/schema';

export interface OutcomeValue {
  outcome: OutcomeKind;
  note: string | null;
  actualMinutes: number | null;
}

/**
 * What actually happened with one activity. The minutes follow the activity's clock until the
 * user types their own; a note is required when the activity was adapted.
 */
export function OutcomeForm({
  planId,
  activityNumber,
  activityTitle,
  recorded,
  clockMinutes,
  onSaved,
}: {
  planId: string;
  activityNumber: number;
  activityTitle: string;
  recorded: OutcomeValue | null;
  clockMinutes: number;
  onSaved: (value: OutcomeValue) => void;
}) {
  const t = useTranslations('run');
  const id = useId();
  const [outcome, setOutcome] = useState<OutcomeKind | null>(recorded?.outcome ?? null);
  const [note, setNote] = useState(recorded?.note ?? '');
  const [typedMinutes, setTypedMinutes] = useState<string | null>(recorded?.actualMinutes != null ? String(recorded.actualMinutes) : null);
  const [errors, setErrors] = useState<{ form?: string; note?: string; minutes?: string; outcome?: string }>({});
  const [pending, startTransition] = useTransition();
  const minutesText = outcome === 'SKIPPED' ? '0' : (typedMinutes ?? String(clockMinutes));

  const submit = () =>
    startTransition(async () => {
      const minutes = minutesText.trim() === '' ? null : Number(minutesText);
      try {
        const result = await recordOutcome({ planId, activityNumber, outcome, note, actualMinutes: minutes });
        if (result.ok) {
          setErrors({});
          onSaved({ outcome: outcome as OutcomeKind, note: note.trim() || null, actualMinutes: outcome === 'SKIPPED' ? 0 : minutes });
        } else {
          setErrors({
            form: result.formError,
            note: result.fieldErrors?.note?.[0],
            minutes: result.fieldErrors?.actualMinutes?.[0],
            outcome: result.fieldErrors?.outcome?.[0],
          });
        }
      } catch {
        setErrors({ form: t('networkError') });
      }
    });

  return (
    <form
      aria-labelledby={`${id}-title`}
      noValidate
      className="rounded-lg border border-brand-100 bg-white p-5"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3 id={`${id}-title`} className="text-lg font-bold text-brand-800">
        {t('outcomeTitle')} <span className="sr-only">— {activityTitle}</span>
      </h3>
      <fieldset className="mt-3" aria-describedby={errors.outcome ? `${id}-outcome-error` : undefined}>
        <legend className="font-semibold">{t('outcomeLegend')}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {outcomeKinds.map((kind) => (
            <label key={kind} className={`flex min-h-11 cursor-pointer items-center gap-2 rounded-md border-2 px-3 py-2 ${outcome === kind ? 'border-brand-600 bg-brand-50' : 'border-gray-300'}`}>
              <input type="radio" name={`${id}-outcome`} value={kind} checked={outcome === kind} onChange={() => setOutcome(kind)} className="size-5 accent-brand-600" />
              {t(`outcome_${kind}`)}
            </label>
          ))}
        </div>
        {errors.outcome ? (
          <p id={`${id}-outcome-error`} role="alert" className="mt-1 text-sm font-medium text-red-700">
            {errors.outcome}
          </p>
        ) : null}
      </fieldset>

      {outcome ? (
        <div className="mt-4 grid gap-4 sm:grid-cols-[1fr_12rem]">
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-note`} className="font-semibold">
              {outcome === 'ADAPTED' ? t('outcomeNote') : t('outcomeNoteOptional')}
            </label>
            <p id={`${id}-note-hint`} className="text-sm text-gray-600">
              {t('outcomeNoteHint')}
            </p>
            <textarea
              id={`${id}-note`}
              rows={2}
              maxLength={OUTCOME_NOTE_MAX}
              aria-required={outcome === 'ADAPTED'}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              aria-invalid={errors.note ? true : undefined}
              aria-describedby={`${id}-note-hint${errors.note ? ` ${id}-note-error` : ''}`}
              className={`w-full rounded-md border bg-white px-3 py-2 ${errors.note ? 'border-red-700' : 'border-gray-400'}`}
            />
            {errors.note ? (
              <p id={`${id}-note-error`} role="alert" className="text-sm font-medium text-red-700">
                {errors.note}
              </p>
            ) : null}
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-minutes`} className="font-semibold">
              {t('actualMinutes')}
            </label>
            <input
              id={`${id}-minutes`}
              type="number"
              inputMode="numeric"
              min={0}
              max={OUTCOME_MINUTES_MAX}
              step={1}
              disabled={outcome === 'SKIPPED'}
              value={minutesText}
              onChange={(event) => setTypedMinutes(event.target.value)}
              aria-invalid={errors.minutes ? true : undefined}
              aria-describedby={`${id}-minutes-hint${errors.minutes ? ` ${id}-minutes-error` : ''}`}
              className="min-h-11 w-28 rounded-md border border-gray-400 bg-white px-3 py-2"
            />
            <p id={`${id}-minutes-hint`} className="text-sm text-gray-600">
              {t('actualMinutesHint', { minutes: clockMinutes })}
            </p>
            {errors.minutes ? (
              <p id={`${id}-minutes-error`} role="alert" className="text-sm font-medium text-red-700">
                {errors.minutes}
              </p>
            ) : null}
          </div>
        </div>
      ) : null}

      {errors.form ? (
        <p role="alert" className="mt-3 font-medium text-red-800">
          {errors.form}
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending || outcome === null}>
          {pending ? t('savingOutcome') : t('saveOutcome')}
        </Button>
        {recorded ? (
          <p role="status" className="text-sm font-semibold text-brand-800" data-testid="outcome-recorded">
            {recorded.actualMinutes !== null
              ? t('outcomeSaved', { outcome: t(`outcome_${recorded.outcome}`), minutes: recorded.actualMinutes })
              : t('outcomeSavedNoMinutes', { outcome: t(`outcome_${recorded.outcome}`) })}
          </p>
        ) : null}
      </div>
    </form>
  );
}
