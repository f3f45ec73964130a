import { extractSparkCodes } from '../../lib/codes';
import { messyPaste } from './messy-paste';
let t = performance.now();
const { text, planted } = messyPaste(5_000_000, 10_000);
process.stdout.write(`gen ${performance.now() - t} len ${text.length}\n`);
for (let i = 0; i < 3; i++) {
  t = performance.now();
  const found = extractSparkCodes(text);
  const t1 = performance.now() - t;
  t = performance.now();
  const m = text.match(/#[A-Za-z0-9+/]{24,}={0,2}/g);
  const t2 = performance.now() - t;
  const set = new Set(found.map((f) => f.code));
  const missing = planted.filter((c) => !set.has(c));
  process.stdout.write(`extract ${t1.toFixed(1)} regex ${t2.toFixed(1)} found ${found.length} planted-found ${planted.length - missing.length} regex ${m?.length}\n`);
  if (i === 0) for (const c of missing.slice(0, 5)) { const idx = text.indexOf(c.slice(1, 12)); process.stdout.write(JSON.stringify(text.slice(idx - 40, idx + 90)) + '\n'); }
}
