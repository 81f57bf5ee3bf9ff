import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

/** Puts the server's per-field messages back on the form's fields (the form keeps what was typed). */
export function applyFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fieldErrors: Record<string, string[]> | undefined, fields: readonly Path<T>[]): void {
  for (const field of fields) {
    const message = fieldErrors?.[field]?.[0];
    if (message) setError(field, { type: 'server', message });
  }
}
