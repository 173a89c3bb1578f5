/**
 * Facts about record keys that the checks need as well as the schemas; kept apart from
 * schemas.ts so that the checks do not load the schema library.
 */

export const MONTH_DAY_PATTERN = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Activity keys that belong to some kinds only (SPEC §1): `check` warns when another kind carries one. */
export const KIND_ONLY_KEYS: Readonly<Record<string, readonly string[]>> = {
  level: ['initiative', 'research'],
  recognized: ['initiative'],
  accepted: ['research'],
  in_01m: ['initiative'],
  decision: ['initiative', 'award', 'research', 'violation'],
  type: ['violation'],
  minutes: ['violation'],
  severity: ['violation'],
  form: ['violation'],
};
