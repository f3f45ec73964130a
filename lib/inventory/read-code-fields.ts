import { parseTerm } from '../codes/term';
import { codeDetailsSchema, type CodeDetails } from '../records/schema';
import type { CodeFieldErrors, CodeFields } from './code-fields';
import { fieldErrorName } from './field-error';

/**
 * Turns a code's inputs into its own details, or says which input is wrong and how to fix it.
 * Apart from code-fields.ts because it checks with the record's schema: the panel draws its
 * first rows with code-fields.ts and builds that schema only when a code is added.
 */
export function readCodeFields(
  fields: CodeFields,
  today: string,
): { ok: true; details: CodeDetails } | { ok: false; errors: CodeFieldErrors } {
  const errors: CodeFieldErrors = {};
  const details: CodeDetails = {};
  const handle = fields.creatorHandle.trim().replace(/^@+/, '');
  if (handle) {
    if (/^[\p{L}\p{N}_.]{1,100}$/u.test(handle)) details.creatorHandle = handle;
    else errors.creatorHandle = 'details_errorHandle';
  }
  const post = fields.expectedPost.trim();
  if (post) details.expectedPost = post;
  const term = parseTerm(fields.term, today);
  if (term === null) {
    errors.term = 'details_errorTerm';
  } else if (term && 'expiresOn' in term) {
    details.expiresOn = term.expiresOn;
  } else if (term) {
    details.duration = term.duration;
  }
  const parsed = codeDetailsSchema.safeParse(details);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === 'expectedPost' ? 'expectedPost' : 'creatorHandle';
      errors[field] ??= fieldErrorName(issue);
    }
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, details };
}
