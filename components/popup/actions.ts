import { batchCopyText, type Batch } from '../../lib/batches/index';
import {
  addCodes,
  deleteCodes,
  markCopied,
  restoreStatuses,
  setStatus,
  undoDelete,
  updateDetails,
  type AddResult,
  type IncomingCode,
} from '../../lib/db/repository';
import { setStar } from '../../lib/db/performance';
import type { CodeDetails } from '../../lib/records/schema';
import { messageOf } from './errors';
import type { PopupServices } from './services';
import { num, t } from '../common/i18n';
import { focusFirst, inventoryList } from './focus';

/**
 * What the buttons do. Each action writes through the repository (the live query then redraws
 * the list) and tells the buyer what happened, with Undo where it can be taken back.
 */
export function createActions(services: PopupServices) {
  const { db, clock, ui } = services;
  const toast = (message: string, undo?: () => Promise<void>) =>
    ui.getState().pushToast({ tone: 'info', message, undo });
  /** For actions that remove the control used: the toast's Undo takes focus, then hands it on. */
  const toastWithFocus = (message: string, undo: () => Promise<void>, returnFocus: () => void) =>
    ui.getState().pushToast({ tone: 'info', message, undo, takeFocus: true, returnFocus });
  const fail = (what: string, error: unknown) =>
    ui
      .getState()
      .pushToast({ tone: 'error', message: t('action_failed', [what, messageOf(error)]) });

  return {
    async copyCode(code: string): Promise<boolean> {
      try {
        await services.writeClipboard(code);
        toast(t('action_codeCopied'));
        return true;
      } catch (error) {
        fail(t('action_copyFailed'), error);
        return false;
      }
    },

    async deleteCodes(codes: readonly string[]): Promise<void> {
      try {
        await deleteCodes(db, codes, clock);
        const state = ui.getState();
        state.setSelected([...state.selected].filter((c) => !codes.includes(c)));
        if (state.editing && codes.includes(state.editing)) state.stopEdit();
        toastWithFocus(
          t('action_deleted', codes.length, [num(codes.length)]),
          async () => {
            const restored = await undoDelete(db, codes, clock);
            if (restored < codes.length) {
              toast(t('action_restoredSome', restored, [num(restored)]));
            }
          },
          () => focusFirst(inventoryList()),
        );
      } catch (error) {
        fail(t('action_deleteFailed'), error);
      }
    },

    /** A star ranks a code by hand where no figures do; it is the buyer's, kept per code. */
    async setStar(code: string, starred: boolean): Promise<void> {
      try {
        await setStar(db, code, starred, clock.now());
      } catch (error) {
        fail(t('action_starFailed'), error);
      }
    },

    async saveDetails(
      code: string,
      patch: Partial<Record<keyof CodeDetails, string | number | undefined>>,
    ): Promise<boolean> {
      try {
        if (Object.keys(patch).length) await updateDetails(db, code, patch, clock);
        ui.getState().stopEdit();
        toast(t('action_detailsSaved'));
        return true;
      } catch (error) {
        fail(t('action_detailsFailed'), error);
        return false;
      }
    },

    async addCodes(
      items: readonly IncomingCode[],
      details: CodeDetails,
    ): Promise<AddResult | undefined> {
      try {
        return await addCodes(db, items, details, clock);
      } catch (error) {
        fail(t('action_addFailed'), error);
        return undefined;
      }
    },

    /** One click: the batch goes on the clipboard, one code per line, and is marked copied. */
    async copyBatch(batch: Batch, label: string): Promise<boolean> {
      try {
        await services.writeClipboard(batchCopyText(batch));
      } catch (error) {
        fail(t('action_copyBatchFailed', [label]), error);
        return false;
      }
      try {
        await markCopied(db, batch.codes, batch.id, clock);
      } catch (error) {
        fail(t('action_copiedNotMarked', [label]), error);
        return true;
      }
      toast(t('action_batchCopied', batch.codes.length, [num(batch.codes.length), label]));
      return true;
    },

    /** `card` is where focus returns after Undo: the batch, whose buttons come back. */
    async markApplied(
      codes: readonly string[],
      label: string,
      card?: () => HTMLElement | null,
    ): Promise<void> {
      try {
        const before = await setStatus(db, codes, 'applied', clock);
        toastWithFocus(
          t('action_markedApplied', before.length, [label, num(before.length)]),
          () => restoreStatuses(db, before, clock),
          () => focusFirst(card?.()),
        );
      } catch (error) {
        fail(t('action_markAppliedFailed', [label]), error);
      }
    },
  };
}

export type Actions = ReturnType<typeof createActions>;
