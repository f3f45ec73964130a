import { defineContentScript } from '#imports';

export default defineContentScript({
  matches: ['https://ads.tiktok.com/*'],
  main() {
    console.debug('hi');
  },
});
