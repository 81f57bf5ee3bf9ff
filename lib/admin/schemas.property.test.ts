/**
 * For every admin action's schema (and the invitation's): whatever arrives, validation never
 * throws; it either accepts the input or names the fields that are wrong. What it accepts it
 * accepts again (the form and the action parse the same values with the same schema).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../actions/validate';
import { setPasswordSchema } from '../auth/set-password-schema';
import { accountRefSchema, inviteAccountSchema, updateAccountSchema } from './accounts/schema';
import { auditLogFilterSchema } from './audit-log/schema';
import { createClassSchema, updateClassSchema } from './classes/schema';
import { membershipSchema } from './memberships/schema';
import { movePupilSchema } from './pupils/schema';
import { createSchoolSchema, updateSchoolSchema } from './schools/schema';

const id = fc.oneof(fc.string(), fc.stringMatching(/^[a-z0-9]{1,40}$/));
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constant(''), fc.constant('   '));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: arb }, { weight: 1, arbitrary: fc.anything() });
const schoolYear = fc.oneof(fc.integer({ min: 1990, max: 2100 }).map((y) => `${y}-${y + 1}`), fc.stringMatching(/^\d{4}-\d{4}$/), text);
const passphrase = fc.string({ minLength: 12, maxLength: 60 });

/** Plausible shapes per schema, so valid input is generated too, not only nonsense. */
const schemas = {
  createSchool: [createSchoolSchema, fc.record({ name: maybe(text), kind: maybe(fc.constantFrom('SO', 'VSO', 'MBO')), city: maybe(text) })],
  updateSchool: [updateSchoolSchema, fc.record({ id: maybe(id), name: maybe(text), kind: maybe(fc.constantFrom('SO', 'VSO')), city: maybe(text) })],
  createClass: [
    createClassSchema,
    fc.record({ schoolId: maybe(id), name: maybe(text), schoolYear: maybe(schoolYear), ageRange: maybe(text) }),
  ],
  updateClass: [updateClassSchema, fc.record({ id: maybe(id), schoolId: maybe(id), name: maybe(text), schoolYear: maybe(fc.constant('2026-2027')), ageRange: maybe(text) })],
  inviteAccount: [
    inviteAccountSchema,
    fc.record({
      email: maybe(fc.oneof(fc.emailAddress(), fc.stringMatching(/^[a-zA-Z0-9]{1,20}@[a-z]{1,10}\.(nl|org)$/), text)),
      name: maybe(text),
      role: maybe(fc.constantFrom('TEACHER', 'CARE_WORKER', 'COORDINATOR', 'ADMIN', 'ROOT')),
      coordinatorScope: maybe(fc.constantFrom('ALL', 'SELECTED')),
      schoolIds: maybe(fc.array(id, { maxLength: 5 })),
    }),
  ],
  updateAccount: [
    updateAccountSchema,
    fc.record({
      id: maybe(id),
      name: maybe(text),
      role: maybe(fc.constantFrom('TEACHER', 'COORDINATOR')),
      coordinatorScope: maybe(fc.constantFrom('ALL', 'SELECTED')),
      schoolIds: maybe(fc.array(id, { maxLength: 5 })),
    }),
  ],
  accountRef: [accountRefSchema, fc.record({ id: maybe(id) })],
  membership: [membershipSchema, fc.record({ classId: maybe(id), userId: maybe(id) })],
  movePupil: [movePupilSchema, fc.record({ code: maybe(fc.oneof(fc.stringMatching(/^ ?[pP]-[2-9A-HJKMNP-Z]{4} ?$/), text)), classId: maybe(id) })],
  setPassword: [
    setPasswordSchema,
    fc.oneof(
      fc.record({ token: maybe(fc.stringMatching(/^[A-Za-z0-9_-]{43}$/)), password: maybe(text), repeatPassword: maybe(text) }),
      fc.tuple(fc.stringMatching(/^[A-Za-z0-9_-]{43}$/), passphrase).map(([token, password]) => ({ token, password, repeatPassword: password })),
    ),
  ],
  auditLogFilter: [auditLogFilterSchema, fc.dictionary(fc.constantFrom('actie', 'gebruiker', 'klas', 'van', 'tot', 'ouder', 'nieuwer'), fc.oneof(text, fc.anything()))],
} as const;

describe('admin schemas take any input', () => {
  for (const [name, [schema, shaped]] of Object.entries(schemas)) {
    it(`${name}: validates or returns field errors, never throws`, () => {
      let accepted = 0;
      fc.assert(
        fc.property(fc.oneof({ weight: 1, arbitrary: fc.anything() }, { weight: 4, arbitrary: shaped as fc.Arbitrary<unknown> }), (input) => {
          const result = validate(schema, input);
          if (result.ok) {
            accepted++;
            // Accepting its own output again: the form's parsed values pass the action too.
            expect(validate(schema, result.data).ok).toBe(true);
            return;
          }
          const { fieldErrors } = result.result as { fieldErrors?: Record<string, string[]> };
          expect(fieldErrors).toBeDefined();
          expect(Object.keys(fieldErrors!).length).toBeGreaterThan(0);
          for (const messages of Object.values(fieldErrors!)) {
            expect(messages.length).toBeGreaterThan(0);
            for (const message of messages) expect(typeof message).toBe('string');
          }
        }),
        { numRuns: 300 },
      );
      // The generators reach valid input too, so both outcomes are exercised.
      expect(accepted, `${name} accepted nothing`).toBeGreaterThan(0);
    });
  }
});
