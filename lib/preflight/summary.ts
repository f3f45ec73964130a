import { codeVerdict, type VerdictInput } from './verdict';
import { summarizeVerdicts } from './vocabulary';

/**
 * One line for a list of checked codes, counted by what to do with them, e.g.
 * "3 ready · 2 to remove": the same words the panel and the popup use.
 */
export function summarize(items: readonly VerdictInput[]): string {
  return summarizeVerdicts(items.map((item) => codeVerdict(item).kind));
}
