/**
 * The page geometry as the content script will ship it, bundled for a plain page so the specs
 * can run it against real layout, styles and hit testing.
 */
import { dockFromDrag } from '../../lib/page/drag-dock';
import { minimisedSpot } from '../../lib/page/minimised-spot';
import { anchorFor, pageObstacles } from '../../lib/page/page-obstacles';
import { placePanel } from '../../lib/page/placement';

export const PAGE_GEOMETRY_GLOBAL = 'sparkPreflightGeometry';

const api = { anchorFor, dockFromDrag, minimisedSpot, pageObstacles, placePanel };
export type PageGeometryApi = typeof api;

Object.assign(globalThis, { [PAGE_GEOMETRY_GLOBAL]: api });
