/**
 * A large paste the way buyers produce one: a chat export, forwarded emails and a CSV sheet run
 * together, with Spark codes dressed the way chat apps, mail clients and spreadsheets dress them.
 * Seeded, so every run and every machine scans the very same text.
 */
import { isSparkCode } from '../../lib/codes';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export type Random = () => number;

/** mulberry32: small, fast, and identical on every platform. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

const between = (random: Random, low: number, high: number): number =>
  low + Math.floor(random() * (high - low + 1));

/**
 * Distinct valid codes of realistic lengths. Base64 comes in blocks of four, so the padding
 * follows from the length, as it does in the codes TikTok hands out.
 */
export function plantedCodes(count: number, random: Random): string[] {
  const codes = new Set<string>();
  while (codes.size < count) {
    const blocks = between(random, 11, 22);
    const padding = pick(random, [0, 1, 1, 1, 2]);
    let core = '';
    for (let i = 0; i < blocks * 4 - padding; i++) core += pick(random, [...BASE64]);
    const code = `#${core}${'='.repeat(padding)}`;
    if (isSparkCode(code)) codes.add(code);
  }
  return [...codes];
}

const NAMES = ['maya', 'jordan', 'li.wei', 'sam_k', 'ana.sofia', 'tomasz', 'priya', 'kwame'];
const WORDS = (
  'hey here is the code for the serum video thanks so much can you run it on the summer ' +
  'campaign budget looks good let me know when it is live creative approved please check ' +
  'the hook in the first three seconds we need the whitelisting done by friday cheers ok ' +
  'sending the rest tomorrow invoice attached the brand loved it'
).split(' ');
const HASHTAGS = [
  '#fyp',
  '#foryou',
  '#SummerSale2026',
  '#tiktokmademebuyit',
  '#BlackFridayDeals2026',
  '#skincareroutine',
  '#ad',
  '#GRWM',
];
const EMOJI = ['🙏', '🔥', '✅', '👉', '😅', '💸', '🎉', '❤️'];
const DOMAINS = ['agency.example.com', 'brand.example', 'creators.example.org', 'mail.example'];

function sentence(random: Random): string {
  const words: string[] = [];
  const length = between(random, 6, 18);
  for (let i = 0; i < length; i++) {
    const roll = random();
    if (roll < 0.06) words.push(pick(random, HASHTAGS));
    else if (roll < 0.09) words.push(`@${pick(random, NAMES)}${between(random, 1, 99)}`);
    else if (roll < 0.12) words.push(pick(random, EMOJI));
    else words.push(pick(random, WORDS));
  }
  return words.join(' ');
}

function chatLine(random: Random): string {
  const time = `${String(between(random, 8, 22)).padStart(2, '0')}:${String(between(random, 0, 59)).padStart(2, '0')}`;
  return `[${time}] ${pick(random, NAMES)}: ${sentence(random)}`;
}

function email(random: Random): string {
  return `${pick(random, NAMES)}${between(random, 1, 9)}@${pick(random, DOMAINS)}`;
}

function emailBlock(random: Random): string {
  return [
    `From: ${email(random)}`,
    `To: ${email(random)}; ${email(random)}`,
    `Subject: Re: Spark Ads codes for week ${between(random, 1, 52)}`,
    '',
    `Hi team,&nbsp;${sentence(random)}.`,
    `See https://docs.example.com/spark-ads#authorize and issue #${between(random, 100, 9999)}.`,
    `<div style="color:#${between(random, 0x100000, 0xffffff).toString(16)}">-- ${pick(random, NAMES)} &amp; team</div>`,
  ].join('\n');
}

function csvRow(random: Random): string {
  return [
    `@${pick(random, NAMES)}${between(random, 1, 999)}`,
    email(random),
    String(between(random, 1_000, 2_000_000)),
    pick(random, ['US', 'GB', 'DE', 'FR', 'BR']),
    `"${sentence(random).replaceAll('"', '')}"`,
  ].join(',');
}

function fillerBlock(random: Random): string {
  const roll = random();
  if (roll < 0.6) return chatLine(random);
  if (roll < 0.75) return emailBlock(random);
  if (roll < 0.95) return csvRow(random);
  return `Budget: $${between(random, 100, 9_000)} / day; CPM ~ ${between(random, 2, 12)}.${between(random, 10, 99)} — ROAS ${between(random, 1, 5)}.${between(random, 0, 9)}x`;
}

function htmlEntities(code: string): string {
  return code.replaceAll('+', '&#43;').replaceAll('/', '&#x2F;').replaceAll('=', '&#61;');
}

function insertAt(text: string, at: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at);
}

/** Ways a code arrives: every one is something buyers have pasted from a real tool. */
const DRESSINGS: readonly ((code: string, random: Random) => string)[] = [
  (code) => code,
  (code, random) => `[10:02] ${pick(random, NAMES)}: here you go ${code} 🙏`,
  (code, random) => `"${code}",@${pick(random, NAMES)},US,2026-12-31`,
  (code) => `Code: “${code}”.`,
  (code) => `'${code}'`,
  (code, random) => insertAt(code, between(random, 2, code.length - 2), '\u200b'),
  (code, random) => `(${insertAt(insertAt(code, 9, '\u2060'), between(random, 20, 40), '\ufeff')})`,
  (code) => encodeURIComponent(code),
  (code) => `https://ads.example.com/redeem?auth=${encodeURIComponent(code)}&src=dm`,
  (code) => `Spark code: ${code.slice(1)}`,
  (code) => `video code - ${code.slice(1)}`,
  (code) => `<p>Code: <b>${htmlEntities(code)}</b></p>`,
  (code, random) => {
    const at = between(random, 25, 38);
    return `${code.slice(0, at)}\r\n${code.slice(at)}`;
  },
  (code) => `\`${code}\`,`,
  (code) => `- ${code}!`,
];

export interface MessyPaste {
  text: string;
  planted: string[];
}

/**
 * About `targetChars` of mixed text holding `codeCount` distinct codes, each dressed one of the
 * ways above and set between filler of varying length.
 */
export function messyPaste(targetChars: number, codeCount: number, seed = 2026): MessyPaste {
  const random = seededRandom(seed);
  const planted = plantedCodes(codeCount, random);
  const parts: string[] = [];
  let written = 0;
  planted.forEach((code, index) => {
    const remainingGaps = codeCount - index;
    const averageGap = Math.max(0, (targetChars - written) / remainingGaps - 80);
    const gap = averageGap * (0.5 + random());
    let filler = 0;
    while (filler < gap) {
      const block = fillerBlock(random) + '\n';
      parts.push(block);
      filler += block.length;
    }
    const dressed = pick(random, DRESSINGS)(code, random);
    const line = `${dressed}${random() < 0.3 ? '\r\n' : '\n'}`;
    parts.push(line);
    written += filler + line.length;
  });
  return { text: parts.join(''), planted };
}
