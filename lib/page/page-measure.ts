import { anchorFor, pageObstacles } from './page-obstacles';
import type { PageGeometry } from './panel-layout';
import type { Rect } from './rect';

export interface PageMeasureDeps {
  document: Document;
  /** The panel's own nodes, never an obstacle. */
  ownNodes: () => Node[];
  /** The field the buyer works in, if any: the panel goes beside its dialog. */
  field: () => Element | undefined;
}

/**
 * Measures what the panel must keep clear of: the dialog or field the buyer works in, and every
 * visible control of the page. Measuring a busy page costs a few milliseconds, so the controls
 * are kept until `invalidate` (resize, scroll, a dialog opening or closing, a new field).
 */
export function createPageMeasure(deps: PageMeasureDeps) {
  let obstacles: Rect[] | undefined;
  return {
    measure(viewport: { width: number; height: number }): PageGeometry {
      try {
        obstacles ??= pageObstacles(deps.document, { ignore: deps.ownNodes(), viewport });
        const field = deps.field();
        const anchor =
          field && field.isConnected
            ? anchorFor(field)
            : { left: viewport.width, top: 72, width: 0, height: 0 };
        return { anchor, obstacles };
      } catch (error) {
        // A page never seen before may break the measuring; the panel still shows, at the edge.
        console.error('Spark Preflight: measuring the page failed', error);
        return { anchor: { left: viewport.width, top: 72, width: 0, height: 0 }, obstacles: [] };
      }
    },
    invalidate: () => {
      obstacles = undefined;
    },
  };
}
