/**
 * A field's problem as a message name in public/_locales, so every screen words it in the
 * buyer's language: the names our schemas and readers give, and zod's own problems by kind.
 */
const MESSAGE_NAME = /^[a-z]+_[A-Za-z0-9]+$/;

export function fieldErrorName(issue: { code: string; message: string }): string {
  if (MESSAGE_NAME.test(issue.message)) return issue.message;
  if (issue.code === 'too_big') return 'details_errorTooLong';
  return 'details_errorInvalid';
}
