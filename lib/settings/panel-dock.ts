import * as z from 'zod/mini';

/**
 * Where the buyer put the panel on a page: an edge of the window, or a spot (px from top left).
 * In zod/mini, because the panel checks the page's preferences with it before anything else of
 * the extension's schemas is built; the settings and the operations table use the same schema.
 */
export const panelDockSchema = z.union([
  z.enum(['left', 'right', 'top', 'bottom']),
  z.object({
    x: z.number().check(z.minimum(0), z.maximum(10000)),
    y: z.number().check(z.minimum(0), z.maximum(10000)),
  }),
]);
export type PanelDockPref = z.infer<typeof panelDockSchema>;
