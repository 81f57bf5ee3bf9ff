'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/result';

/** Shown when the action never answered (no connection, server down). */
export const NETWORK_ERROR = 'forms.networkError';

interface Options<TInput extends FieldValues, TData> {
  /** The same schema the server action validates with. */
  schema: z.ZodType<unknown, TInput>;
  defaultValues: DefaultValues<TInput>;
  action: (input: TInput) => Promise<ActionResult<TData>>;
  /** Awaited: the submit button stays busy until it is done (e.g. signing in afterwards). */
  onSuccess?: (data: TData, values: TInput) => void | Promise<void>;
}

/**
 * A react-hook-form form bound to a server action: the schema checks in the browser first, the
 * action checks the same values again with the same schema, and its field errors are put back
 * on the fields (the first one focused). What was typed stays in the form whatever happens;
 * errors the form has no field for, and failures of the request itself, become the form's message.
 */
export function useServerForm<TInput extends FieldValues, TData>({ schema, defaultValues, action, onSuccess }: Options<TInput, TData>) {
  const form = useForm<TInput, unknown, TInput>({
    // The resolver only gates submission; the values sent are the ones typed.
    resolver: zodResolver(schema as z.ZodType<TInput, TInput>),
    defaultValues,
  });
  const [formError, setFormError] = useState<string | null>(null);

  const submit = form.handleSubmit(async () => {
    setFormError(null);
    const values = form.getValues();
    let result: ActionResult<TData>;
    try {
      result = await action(values);
    } catch {
      result = { ok: false, formError: NETWORK_ERROR };
    }
    if (result.ok) {
      await onSuccess?.(result.data, values);
      return;
    }
    const fields = new Set(Object.keys(values));
    let placed = 0;
    const unplaced: string[] = [];
    for (const [key, messages] of Object.entries(result.fieldErrors ?? {})) {
      const field = key.split('.')[0] ?? key;
      if (!messages[0]) continue;
      if (fields.has(field)) form.setError(field as Path<TInput>, { type: 'server', message: messages[0] }, { shouldFocus: placed++ === 0 });
      else unplaced.push(messages[0]);
    }
    // A field error with no field to show it on (e.g. a stale link) is the form's message.
    setFormError(unplaced[0] ?? result.formError ?? null);
  });

  return { form, submit, formError };
}
