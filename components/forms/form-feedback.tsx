'use client';

import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { useMessageText } from './use-message-text';

/** The form-level outcome: what went wrong (announced at once), or that it was saved. */
export function FormFeedback({ messages, saved, savedText }: { messages: string[]; saved: boolean; savedText?: string }) {
  const t = useTranslations('pupils.form');
  const errorText = useMessageText();
  if (messages.length) {
    return (
      <Alert tone="error">
        {messages.length === 1 ? (
          errorText(messages[0])
        ) : (
          <ul className="list-disc pl-5">
            {messages.map((message) => (
              <li key={message}>{errorText(message)}</li>
            ))}
          </ul>
        )}
      </Alert>
    );
  }
  return (
    <p role="status" className="text-sm font-medium text-brand-800">
      {saved ? (savedText ?? t('saved')) : null}
    </p>
  );
}
