import type { FieldSpec, FieldValue } from './types';

/** Validates a value for a registered key; unknown keys are refused. */
export function validateFieldValue(
  specs: FieldSpec[],
  key: string,
  value: unknown,
): { ok: true; value: FieldValue } | { ok: false; message: string } {
  const spec = specs.find((s) => s.pattern.test(key));
  if (!spec) return { ok: false, message: 'Dit veld bestaat niet.' };
  const parsed = spec.schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: parsed.error.issues[0]?.message ?? 'Ongeldige waarde.' };
}
