import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../common/i18n';
import { messageOf } from './errors';
import { focusFirst } from './focus';
import { useServices } from './services';
import type { Toast } from './ui-store';
import { useUi } from './use-ui';

/**
 * Confirmations and undo offers. Polite live region: announced without stealing focus, except
 * when the control the buyer used is gone; then the toast's first button takes it.
 */
export function Toasts() {
  const toasts = useUi((s) => s.toasts);
  const { ui } = useServices();
  const [busy, setBusy] = useState<number | null>(null);
  const boxes = useRef(new Map<number, HTMLDivElement>());
  const focused = useRef(new Set<number>());
  const baseId = useId();

  useEffect(() => {
    const newest = [...toasts].reverse().find((toast) => toast.takeFocus);
    if (!newest || focused.current.has(newest.id)) return;
    focused.current.add(newest.id);
    boxes.current.get(newest.id)?.querySelector('button')?.focus();
  }, [toasts]);

  /** Dismisses the toast; if focus was in it, sends focus where the toast says. */
  function close(toast: Toast) {
    // A button disabled while its Undo runs may already have lost focus to the body.
    const hadFocus =
      boxes.current.get(toast.id)?.contains(document.activeElement) === true ||
      document.activeElement === document.body;
    ui.getState().dismissToast(toast.id);
    if (!hadFocus) return;
    // After React has removed the toast, so the fallback is not the button being removed.
    setTimeout(() => (toast.returnFocus ? toast.returnFocus() : focusFirst()));
  }

  async function undo(toast: Toast, run: () => Promise<void>) {
    setBusy(toast.id);
    try {
      await run();
      close(toast);
    } catch (error) {
      close(toast);
      ui.getState().pushToast({
        tone: 'error',
        message: t('toast_undoFailed', [messageOf(error)]),
        takeFocus: true,
      });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => {
        const messageId = `${baseId}-${toast.id}`;
        const remember = (el: HTMLDivElement | null) => {
          if (el) boxes.current.set(toast.id, el);
          else boxes.current.delete(toast.id);
        };
        return (
          <div key={toast.id} ref={remember} className={`toast toast-${toast.tone}`}>
            <span id={messageId}>{toast.message}</span>
            {toast.undo && (
              <button
                type="button"
                aria-describedby={messageId}
                disabled={busy === toast.id}
                onClick={() => toast.undo && void undo(toast, toast.undo)}
              >
                {t('toast_undo')}
              </button>
            )}
            <button
              type="button"
              className="icon-button"
              aria-label={t('toast_dismiss')}
              aria-describedby={messageId}
              onClick={() => close(toast)}
            >
              ×
            </button>
          </div>
        );
      })}
    </div>
  );
}
