import { keepAliases, type Pseudonymise } from '../pseudonym/replace-aliases';
import type { FieldState } from './types';

/** A field as a reader who may not see pupils' names gets it: its text pseudonymised, the rest as is. */
export function pseudonymiseField(state: FieldState, text: Pseudonymise): FieldState {
  return typeof state.value === 'string' && text !== keepAliases ? { ...state, value: text(state.value) } : state;
}

export function pseudonymiseFields(fields: Record<string, FieldState>, text: Pseudonymise): Record<string, FieldState> {
  if (text === keepAliases) return fields;
  return Object.fromEntries(Object.entries(fields).map(([key, state]) => [key, pseudonymiseField(state, text)]));
}
