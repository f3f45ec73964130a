import type { Rect, Size } from './rect';

/**
 * The boxes of a busy Ads Manager page with the Apply for Authorization dialog open, as
 * `pageObstacles` would measure them: a header of buttons, a left nav of links down the full
 * height, a table of rows behind the dialog, a Help button at the bottom right, and the dialog
 * with × at its top right, tabs, the code field and Cancel / Confirm at its bottom right.
 */
export interface AdsManagerPage {
  readonly viewport: Size;
  readonly dialog: Rect;
  readonly close: Rect;
  readonly tabs: readonly Rect[];
  readonly field: Rect;
  readonly cancel: Rect;
  readonly confirm: Rect;
  readonly help: Rect;
  readonly header: readonly Rect[];
  readonly nav: readonly Rect[];
  readonly table: readonly Rect[];
  /** The dialog's controls. */
  readonly dialogControls: readonly Rect[];
  /** What is still clickable while the dialog's backdrop covers the page. */
  readonly topmost: readonly Rect[];
  /** Every control, behind the backdrop too. */
  readonly all: readonly Rect[];
}

const box = (left: number, top: number, width: number, height: number): Rect => ({
  left,
  top,
  width,
  height,
});

/** The dialog is centred unless `dialogAt` puts its top left corner elsewhere. */
export function adsManagerPage(
  viewport: Size,
  dialogSize: Size = { width: 680, height: 480 },
  dialogAt?: { left: number; top: number },
): AdsManagerPage {
  const { width: vw, height: vh } = viewport;
  const left = dialogAt?.left ?? Math.round((vw - dialogSize.width) / 2);
  const top = dialogAt?.top ?? Math.round((vh - dialogSize.height) / 2);
  const right = left + dialogSize.width;
  const bottom = top + dialogSize.height;
  const dialog = box(left, top, dialogSize.width, dialogSize.height);
  const close = box(right - 44, top + 18, 24, 24);
  const tabs = [box(left + 24, top + 64, 140, 36), box(left + 172, top + 64, 140, 36)];
  const field = box(left + 24, top + 124, dialogSize.width - 48, 180);
  const confirm = box(right - 24 - 96, bottom - 60, 96, 36);
  const cancel = box(confirm.left - 12 - 96, bottom - 60, 96, 36);
  const help = box(vw - 72, vh - 72, 48, 48);

  const header = [
    box(16, 14, 132, 32), // logo link
    box(240, 14, 180, 32), // account switcher
    box(vw - 360, 14, 120, 32), // "Create"
    box(vw - 224, 14, 32, 32), // notifications
    box(vw - 184, 14, 32, 32), // settings
    box(vw - 144, 14, 128, 32), // profile menu
  ];
  const nav: Rect[] = [];
  for (let y = 76; y + 36 <= vh - 8; y += 44) nav.push(box(12, y, 196, 36));
  const table: Rect[] = [box(244, 84, 110, 36)];
  for (let y = 140; y + 28 <= vh - 8; y += 48) {
    table.push(box(244, y, 20, 20), box(284, y, 240, 24), box(vw - 140, y, 96, 28));
  }

  const dialogControls = [close, ...tabs, field, cancel, confirm];
  return {
    viewport,
    dialog,
    close,
    tabs,
    field,
    cancel,
    confirm,
    help,
    header,
    nav,
    table,
    dialogControls,
    topmost: [...dialogControls, help],
    all: [...header, ...nav, ...table, ...dialogControls, help],
  };
}
