import type { ParsedRequestOf, ResponseOf } from '../api/operations';
import type { SettingsStore } from '../settings/store';

export interface PanelPrefsDeps {
  settings: Pick<SettingsStore, 'get' | 'update'>;
}

/** Old entries go first once the list is this long; nobody switches the panel off on 200 pages. */
const MAX_DISABLED_PATHS = 200;
/** The same for pages where the panel was dragged somewhere. */
const MAX_DOCKED_PATHS = 200;

/**
 * Where the panel sits, whether it is collapsed, and the pages (paths, no query) where the buyer
 * switched it off. Side and collapsed are one choice for all pages; "off" is per page.
 */
export function createPanelPrefsService(deps: PanelPrefsDeps) {
  return {
    async get(request: ParsedRequestOf<'getPanelPrefs'>): Promise<ResponseOf<'getPanelPrefs'>> {
      const { panel } = await deps.settings.get();
      return {
        side: panel.side,
        collapsed: panel.collapsed,
        disabledHere: panel.disabledPaths.includes(request.path),
        dock: panel.docks[request.path],
      };
    },
    async set(request: ParsedRequestOf<'setPanelPrefs'>): Promise<ResponseOf<'setPanelPrefs'>> {
      const { panel } = await deps.settings.get();
      const others = panel.disabledPaths.filter((p) => p !== request.path);
      const disabledPaths = request.disabledHere
        ? [...others, request.path].slice(-MAX_DISABLED_PATHS)
        : others;
      const otherDocks = Object.entries(panel.docks).filter(([path]) => path !== request.path);
      const docks = Object.fromEntries(
        request.dock
          ? [...otherDocks, [request.path, request.dock]].slice(-MAX_DOCKED_PATHS)
          : otherDocks,
      );
      await deps.settings.update({
        panel: { side: request.side, collapsed: request.collapsed, disabledPaths, docks },
      });
      return {
        side: request.side,
        collapsed: request.collapsed,
        disabledHere: request.disabledHere,
        dock: request.dock,
      };
    },
  };
}
