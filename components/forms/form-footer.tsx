'use client';

import { FormFeedback } from './form-feedback';
import { SubmitButton } from './submit-button';

/** The end of a pupil-data form: its submit button (busy while saving) and what came of it. */
export function FormFooter({
  pending,
  label,
  pendingLabel,
  variant,
  messages,
  saved,
  savedText,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
  variant?: 'primary' | 'secondary' | 'danger';
  messages: string[];
  saved: boolean;
  savedText?: string;
}) {
  return (
    <>
      <div>
        <SubmitButton pending={pending} label={label} pendingLabel={pendingLabel} variant={variant} />
      </div>
      <FormFeedback messages={messages} saved={saved} savedText={savedText} />
    </>
  );
}
