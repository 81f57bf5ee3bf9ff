'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/result';
import { NETWORK_ERROR } from './use-server-form';


interface Options<TInput extends FieldValues, TOutput, TData> {
  schema: z.ZodType<TOutput, TInput>;
  defaultValues: DefaultValues<TInput>;
  /** The fields the form shows: the server's errors on these go on the field, any others above the form. */
  fields: readonly Path<TInput>[];
  action: (values: TOutput) => Promise<ActionResult<TData>>;
  onSuccess?: (data: TData, values: TOutput, form: UseFormReturn<TInput, unknown, TOutput>) => void;
  /** After a save: keep what was typed (an edit form, the default) or empty the form (an add form). */
  afterSuccess?: 'keep' | 'clear';
}

/**
 * A react-hook-form form bound to a server action with the schema both share: the schema checks in
 * the browser first, the action checks again; the action's field errors land on the fields, its
 * other messages above the form. On failure the values stay as typed.
 *
 * Like useServerForm, plus what the pupil-data forms need: errors on nested fields
 * ("confirmations.positive", "feedback.mentor") stay on that field, hidden fields' errors (a pupil
 * who left meanwhile) are shown above the form, and a save leaves a "saved" notice and a clean form
 * (kept as typed for an edit form, emptied for an add form).
 */
export function useActionForm<TInput extends FieldValues, TOutput, TData>({ schema, defaultValues, fields, action, onSuccess, afterSuccess = 'keep' }: Options<TInput, TOutput, TData>) {
  const form = useForm<TInput, unknown, TOutput>({ resolver: zodResolver(schema), defaultValues });
  const [messages, setMessages] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);

  const submit = form.handleSubmit(async (values) => {
    setMessages([]);
    setSaved(false);
    let result: ActionResult<TData>;
    try {
      result = await action(values);
    } catch {
      setMessages([NETWORK_ERROR]);
      return;
    }
    if (result.ok) {
      setSaved(true);
      if (afterSuccess === 'clear') form.reset(defaultValues);
      else form.reset(form.getValues());
      onSuccess?.(result.data, values, form);
      return;
    }
    const visible = new Set<string>(fields);
    const elsewhere: string[] = [];
    let first: Path<TInput> | null = null;
    for (const [key, fieldMessages] of Object.entries(result.fieldErrors ?? {})) {
      const message = fieldMessages[0];
      if (!message) continue;
      if (visible.has(key)) {
        form.setError(key as Path<TInput>, { type: 'server', message });
        first ??= key as Path<TInput>;
      } else {
        elsewhere.push(message);
      }
    }
    // A summary only helps when something is marked on a field; otherwise say what went wrong.
    setMessages(elsewhere.length ? elsewhere : result.formError ? [result.formError] : []);
    if (first) form.setFocus(first);
  });

  // Any change after a save means the "saved" notice no longer describes what is on screen.
  const clearSaved = () => {
    if (saved) setSaved(false);
  };

  return { form, submit, messages, saved, pending: form.formState.isSubmitting, clearSaved };
}
