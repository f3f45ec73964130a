import * as z from 'zod/mini';
import { panelDockSchema } from '../settings/panel-dock';

/**
 * The panel's preferences on one page, as the background answers `getPanelPrefs`. The fields
 * are zod/mini schemas so that the panel checks that first reply without building the schemas
 * of every operation (lib/api/panel-schemas.ts wraps the same fields for the operations table).
 */
export const panelPrefsShape = {
  side: z.enum(['right', 'left']),
  collapsed: z.boolean(),
  disabledHere: z.boolean(),
  /** Where the buyer dragged the panel on this page; absent: beside the work, by itself. */
  dock: z.optional(panelDockSchema),
};

/** The same check as the operations table's `panelPrefsSchema`, for the panel's first reply. */
export const panelPrefsReplySchema = z.object(panelPrefsShape);
