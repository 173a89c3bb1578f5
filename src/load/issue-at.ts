/** The one way the loader makes an issue (kept apart from the parsers, so that light modules need not load them). */
import type { Issue, Source } from '../model/types.js';

export function issueAt(
  code: Issue['code'],
  source: Source,
  message: Issue['message'],
  params: Issue['params'] = {},
  severity: Issue['severity'] = 'error',
): Issue {
  return { code, severity, source, message, params };
}
