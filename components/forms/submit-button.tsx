'use client';

import type { ButtonHTMLAttributes } from 'react';
import { Button } from '@/components/ui/button';

/** A submit button that says it is busy and cannot be pressed twice meanwhile. */
export function SubmitButton({
  pending,
  label,
  pendingLabel,
  variant,
  ...props
}: { pending: boolean; label: string; pendingLabel: string; variant?: 'primary' | 'secondary' | 'danger' } & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'>) {
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending} {...props}>
      {pending ? pendingLabel : label}
    </Button>
  );
}
