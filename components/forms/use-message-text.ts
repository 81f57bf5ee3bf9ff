'use client';

import { useTranslations } from 'next-intl';
import { useCallback } from 'react';

const MESSAGE_KEY = /^[a-zA-Z]+(\.[a-zA-Z0-9]+)+$/;

/**
 * Turns what a schema or an action says into Dutch. Schemas and actions speak in message keys
 * ("forms.errors.required", "admin.accounts.emailTaken") so they stay free of UI text; a few
 * shared server messages are already Dutch sentences and pass through unchanged.
 */
export function useMessageText(): (message: string | null | undefined) => string | undefined {
  const t = useTranslations();
  return useCallback((message) => {
    if (!message) return undefined;
    return MESSAGE_KEY.test(message) && t.has(message) ? t(message) : message;
  }, [t]);
}
