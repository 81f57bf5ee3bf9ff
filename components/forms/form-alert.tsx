'use client';

import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { useMessageText } from './use-message-text';

/** The form's overall outcome: an error (announced at once) or a success message. */
export function FormAlert({ error, success }: { error?: string | null; success?: ReactNode }) {
  const text = useMessageText();
  if (error) return <Alert tone="error">{text(error)}</Alert>;
  if (success) return <Alert tone="success">{success}</Alert>;
  return null;
}
