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
import type { CodeDetails } from '../../lib/records/schema';
import { messageOf } from './errors';
import type { PopupServices } from './services';

const count = (n: number, word = 'code') =>
  `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/**
 * What the buttons do. Each action writes through the repository (the live query then redraws
 * the list) and tells the buyer what happened, with Undo where it can be taken back.
 */
export function createActions(services: PopupServices) {
  const { db, clock, ui } = services;
  const toast = (message: string, undo?: () => Promise<void>) =>
    ui.getState().pushToast({ tone: 'info', message, undo });
  const fail = (what: string, error: unknown) =>
    ui.getState().pushToast({ tone: 'error', message: `${what}: ${messageOf(error)}` });

  return {
    async copyCode(code: string): Promise<boolean> {
      try {
        await services.writeClipboard(code);
        toast('Code copied to the clipboard.');
        return true;
      } catch (error) {
        fail('Could not copy', error);
        return false;
      }
    },

    async deleteCodes(codes: readonly string[]): Promise<void> {
      try {
        await deleteCodes(db, codes, clock);
        const state = ui.getState();
        state.setSelected([...state.selected].filter((c) => !codes.includes(c)));
        if (state.editing && codes.includes(state.editing)) state.stopEdit();
        toast(`Deleted ${count(codes.length)}.`, async () => {
          const restored = await undoDelete(db, codes, clock);
          if (restored < codes.length) {
            toast(
              `Restored ${count(restored)}; the others were added again since and kept as they are.`,
            );
          }
        });
      } catch (error) {
        fail('Could not delete', error);
      }
    },

    async saveDetails(
      code: string,
      patch: Partial<Record<keyof CodeDetails, string | number | undefined>>,
    ): Promise<boolean> {
      try {
        if (Object.keys(patch).length) await updateDetails(db, code, patch, clock);
        ui.getState().stopEdit();
        toast('Details saved.');
        return true;
      } catch (error) {
        fail('Could not save the details', error);
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
        fail('Could not save the codes', error);
        return undefined;
      }
    },

    /** One click: the batch goes on the clipboard, one code per line, and is marked copied. */
    async copyBatch(batch: Batch, label: string): Promise<boolean> {
      try {
        await services.writeClipboard(batchCopyText(batch));
      } catch (error) {
        fail(`Could not copy ${label}`, error);
        return false;
      }
      try {
        await markCopied(db, batch.codes, batch.id, clock);
      } catch (error) {
        fail(`${label} is on the clipboard, but could not be marked copied`, error);
        return true;
      }
      toast(
        `Copied ${count(batch.codes.length)} from ${label}. Paste them into Ads Manager, then mark the batch applied.`,
      );
      return true;
    },

    async markApplied(codes: readonly string[], label: string): Promise<void> {
      try {
        const before = await setStatus(db, codes, 'applied', clock);
        toast(`Marked ${label} applied (${count(before.length)}).`, () =>
          restoreStatuses(db, before, clock),
        );
      } catch (error) {
        fail(`Could not mark ${label} applied`, error);
      }
    },
  };
}

export type Actions = ReturnType<typeof createActions>;
