/**
 * Runs in the Ads Manager fixture page: measures how far apart this machine's animation frames
 * come, so the paste figure can say how many frames its times span.
 */
import { PASTE_PROBE_GLOBAL, type PasteProbeApi } from './api';

const api: PasteProbeApi = {
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
