import { listen } from '../messaging/protocol';
import { createAddFromPageService, type AddFromPageDeps } from './add-from-page-service';
import { createPanelPrefsService, type PanelPrefsDeps } from './panel-prefs-service';
import { createPreflightService, type PreflightServiceDeps } from './preflight-service';
import { createRecordOutcomeService, type RecordOutcomeDeps } from './record-outcome-service';

export type PanelServiceDeps = PreflightServiceDeps &
  AddFromPageDeps &
  RecordOutcomeDeps &
  PanelPrefsDeps;

/**
 * Answers the Ads Manager panel's messages. Every handler sits behind `listen`, which refuses
 * senders other than this extension and malformed requests. Returns a function that stops
 * listening.
 */
export function registerPanelServices(deps: PanelServiceDeps, extensionId: string): () => void {
  const prefs = createPanelPrefsService(deps);
  const stops = [
    listen('preflight', createPreflightService(deps), extensionId),
    listen('addFromPage', createAddFromPageService(deps), extensionId),
    listen('recordOutcome', createRecordOutcomeService(deps), extensionId),
    listen('getPanelPrefs', prefs.get, extensionId),
    listen('setPanelPrefs', prefs.set, extensionId),
  ];
  return () => stops.forEach((stop) => stop());
}
