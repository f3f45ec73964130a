import { useState } from 'react';
import { messageOf } from './errors';
import { useServices } from './services';
import { useUi } from './use-ui';
import { t } from '../common/i18n';

/** Confirmations and undo offers. Polite live region: announced without stealing focus. */
export function Toasts() {
  const toasts = useUi((s) => s.toasts);
  const { ui } = useServices();
  const [busy, setBusy] = useState<number | null>(null);

  async function undo(id: number, run: () => Promise<void>) {
    setBusy(id);
    try {
      await run();
      ui.getState().dismissToast(id);
    } catch (error) {
      ui.getState().dismissToast(id);
      ui.getState().pushToast({
        tone: 'error',
        message: t('toast_undoFailed', [messageOf(error)]),
      });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.tone}`}>
          <span>{toast.message}</span>
          {toast.undo && (
            <button
              type="button"
              disabled={busy === toast.id}
              onClick={() => toast.undo && void undo(toast.id, toast.undo)}
            >
              {t('toast_undo')}
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label={t('toast_dismiss')}
            onClick={() => ui.getState().dismissToast(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
