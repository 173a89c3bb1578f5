/**
 * Compiled (never run) by `npm run lint` (tsconfig.json here): each `@ts-expect-error` must meet an error,
 * so this file compiles only while a missing or extra key, or a misspelt message id, does not.
 */
import { en } from '../../../src/i18n/en.js';
import { pluralIn } from '../../../src/i18n/fill.js';
import type { Catalogue, MessageId } from '../../../src/i18n/index.js';
import { issueAt } from '../../../src/load/issue-at.js';

const { cli: _cli, ...withoutCli } = en;
// @ts-expect-error — a catalogue without a section of the Vietnamese one
export const missingSection: Catalogue = withoutCli;

const { noProblems: _noProblems, ...cliWithoutOne } = en.cli;
// @ts-expect-error — a catalogue without one message of a section
export const missingKey: Catalogue = { ...en, cli: cliWithoutOne };

// @ts-expect-error — a key the Vietnamese catalogue does not have
export const extraKey: Catalogue = { ...en, cli: { ...en.cli, notAKey: 'x' } };

// @ts-expect-error — a plain string where the Vietnamese catalogue has plural forms
export const notPlural: Catalogue = { ...en, init: { ...en.init, refused: 'x' } };

export const plural: Catalogue = { ...en, init: { ...en.init, refused: pluralIn('en')({ other: 'x' }) } };

export const known: MessageId = 'unknown-key';
// @ts-expect-error — a misspelt message id
export const typo: MessageId = 'unknwon-key';

// @ts-expect-error — an issue made with a misspelt message id
export const issue = issueAt('schema', { file: 'x.yaml', line: 1, column: 1 }, 'unknwon-key');
