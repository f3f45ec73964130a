import { it } from 'vitest';
import { scanPaste } from './index';
it('perf', () => {
  const C = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';
  const cases: Record<string,string> = {
    hashes: '#'.repeat(1_000_000),
    hashes10m: '#'.repeat(10_000_000),
    pct: '%23'.repeat(1_000_000),
    amp: '&#35;'.repeat(1_000_000),
    ampplus: '&#43;'.repeat(1_000_000),
    b64: 'A'.repeat(10_000_000),
    hashb64: '#' + 'Ab1'.repeat(3_000_000),
    zw: '#a' + '\u200B'.repeat(5_000_000),
    lines: '#aB1\n'.repeat(1_000_000),
    lines2: ('#' + 'aB1x\n').repeat(10) + 'aB\n'.repeat(2_000_000),
    words: 'hello world #fyp Code: '.repeat(400_000),
    mixed: ('Code: ' + C + ' #fyp, ').repeat(100_000),
    cjk: '#' + '中'.repeat(5_000_000),
    glue: '#a' + '-a'.repeat(3_000_000),
    codeLabel: 'code '.repeat(2_000_000),
    nbsp: '#aB1' + '\u00A0aB1'.repeat(2_000_000),
  };
  for (const [k, s] of Object.entries(cases)) {
    const t = performance.now();
    const r = scanPaste(s);
    console.log(k, s.length, (performance.now() - t).toFixed(0) + 'ms', r.codes.length, r.rejected.length);
  }
}, 120000);
