/**
 * The name WXT 0.21 gives its stop event (`getUniqueEventName` in wxt/utils/internal): its own
 * copy is private to ContentScriptContext. A unit test pins the two together.
 */
export function wxtStopEventName(extensionId: string, entrypoint: string): string {
  return `${extensionId}:${entrypoint}:wxt:content-script-started`;
}

export interface ScriptStopGuardOptions {
  /** The event WXT listens for on `document` to stop this content script. */
  stopEventName: string;
  /** False once the extension was reloaded or removed and this script is left over. */
  isConnected: () => boolean;
  signal: AbortSignal;
}

/**
 * WXT stops a content script when a CustomEvent named `<extension id>:<entrypoint>:wxt:content-
 * script-started` reaches `document`, so that a newly injected copy replaces an old one. Any page
 * script that knows the extension id can dispatch that event, and WXT 0.21 cannot tell it from
 * its own. Here a newer copy never arrives while this one is connected: the browser injects the
 * content script only into new documents, and after an update or reload this copy is
 * disconnected. So while connected, the event is stopped on `window` in the capture phase,
 * before it reaches WXT's listener on `document`; once disconnected, it passes and WXT stops
 * the leftover script as designed.
 */
export function keepPageFromStoppingScript(target: Window, options: ScriptStopGuardOptions): void {
  target.addEventListener(
    options.stopEventName,
    (event) => {
      if (options.isConnected()) event.stopImmediatePropagation();
    },
    { capture: true, signal: options.signal },
  );
}
