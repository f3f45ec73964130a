import { defineBackground } from '#imports';

export default defineBackground(() => {
  console.debug('Spark Preflight background ready');
});
