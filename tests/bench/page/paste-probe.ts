/**
 * Runs in the Ads Manager fixture page: measures how far apart this machine's animation frames
 * come, so the paste figure can say how many frames its times span, and notes when the browser
 * took each paste key press. A key event's timeStamp is when the input reached the browser, the
 * start the Event Timing API (and INP) measure latency from, so the time the benchmark's
 * DevTools command takes to arrive is not counted as the product's.
 */
import { PASTE_PROBE_GLOBAL, type PasteProbeApi } from './api';

let lastPasteKey: number | undefined;
addEventListener(
  'keydown',
  (event) => {
    if (event.isTrusted && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'v') {
      lastPasteKey = performance.timeOrigin + event.timeStamp;
    }
  },
  { capture: true },
);

const api: PasteProbeApi = {
  lastPasteKey: () => lastPasteKey,
  frameInterval(frames) {
    return new Promise((resolve) => {
      const stamps: number[] = [];
      const tick = (now: number) => {
        stamps.push(now);
        if (stamps.length <= frames) {
          requestAnimationFrame(tick);
          return;
        }
        const gaps = stamps.slice(1).map((stamp, i) => stamp - (stamps[i] as number));
        gaps.sort((a, b) => a - b);
        resolve(gaps[Math.floor(gaps.length / 2)] as number);
      };
      requestAnimationFrame(tick);
    });
  },
};

Object.assign(globalThis, { [PASTE_PROBE_GLOBAL]: api });
