import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { keepPageFromStoppingScript, wxtStopEventName } from './script-stop-guard';

const STOP = 'abcdefghijklmnopabcdefghijklmnop:ads-manager:wxt:content-script-started';

/** Mounts the guard and a listener where WXT puts its own, then dispatches as a page would. */
function dispatchFromPage(connected: boolean, guarded: boolean, name = STOP) {
  const controller = new AbortController();
  const wxtListener = vi.fn();
  document.addEventListener(STOP, wxtListener, { signal: controller.signal });
  if (guarded) {
    keepPageFromStoppingScript(window, {
      stopEventName: STOP,
      isConnected: () => connected,
      signal: controller.signal,
    });
  }
  document.dispatchEvent(
    new CustomEvent(name, { detail: { contentScriptName: 'ads-manager', messageId: 'page' } }),
  );
  controller.abort();
  return wxtListener.mock.calls.length;
}

describe('keepPageFromStoppingScript', () => {
  it('guards the event WXT really listens for', () => {
    const wxtOwn = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
      .SCRIPT_STARTED_MESSAGE_TYPE;
    expect(wxtOwn).toContain(':wxt:content-script-started');
    expect(wxtStopEventName(fakeBrowser.runtime.id, import.meta.env.ENTRYPOINT)).toBe(wxtOwn);
  });

  it.each([
    ['without the guard, WXT hears the page', false, true, 1],
    ['a connected script ignores the page', true, true, 0],
    ['a leftover script is still stopped', true, false, 1],
  ])('%s', (_name, guarded, connected, heard) => {
    expect(dispatchFromPage(connected, guarded)).toBe(heard);
  });

  it('leaves other events alone', () => {
    const other = vi.fn();
    const controller = new AbortController();
    document.addEventListener('something-else', other, { signal: controller.signal });
    keepPageFromStoppingScript(window, {
      stopEventName: STOP,
      isConnected: () => true,
      signal: controller.signal,
    });
    document.dispatchEvent(new CustomEvent('something-else'));
    controller.abort();
    expect(other).toHaveBeenCalledTimes(1);
  });
});
