import type { Explanation, Translate } from '../../lib/translate';

export function say(t: Translate, explanation: Explanation): string {
  return t(explanation.key, explanation.values);
}
