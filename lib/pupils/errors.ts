import { INVALID_INPUT } from '../actions/validate';
import { fail } from '../result';

/** Message keys (messages/nl/pupils.json) the pupil-data actions answer with. */
export const PUPIL_ERRORS = {
  pupilNotFound: 'pupils.errors.pupilNotFound',
  conflict: 'pupils.errors.conflict',
  tryAgain: 'pupils.errors.tryAgain',
} as const;

/** A refusal shown on one field of the form. */
export function fieldError(field: string, message: string) {
  return fail(INVALID_INPUT, { [field]: [message] });
}

/** The pupil is not an active pupil of this class: missing, left, or another class's, all alike. */
export const pupilNotFound = (field = 'pupilId') => fieldError(field, PUPIL_ERRORS.pupilNotFound);

/** Someone saved this in the meantime; the form keeps what was typed. */
export const conflict = () => fail(PUPIL_ERRORS.conflict);
