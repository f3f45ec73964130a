import type { Explanation, Translate } from '../../lib/lifecycle/translate';

export function say(t: Translate, explanation: Explanation): string {
  return t(explanation.key, explanation.values);
}
