import type { Translate } from '../translate';

/**
 * Wraps a panel handler so nothing it throws, synchronously or later, reaches the page: the
 * error is handed to `onError` (which shows it in the panel) instead.
 */
export function guard<A extends unknown[]>(
  onError: (error: unknown) => void,
  handler: (...args: A) => unknown,
): (...args: A) => void {
  return (...args: A) => {
    try {
      const result = handler(...args);
      if (result instanceof Promise) result.catch(onError);
    } catch (error) {
      onError(error);
    }
  };
}

/** The buyer-facing sentence for an error. */
export function describeError(error: unknown, t: Translate): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/extension context invalidated|receiving end does not exist/i.test(message)) {
    return t('panel_restarted');
  }
  return t('panel_somethingWrong', [message]);
}
