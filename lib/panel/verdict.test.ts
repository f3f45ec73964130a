import { describe, expect, it } from 'vitest';
import { WARNING } from '../codes/messages';
import { checkIds, type CheckId } from '../preflight/check-result';
import type { PanelRow, RowCheck } from './panel-model';
import { createI18n } from '@wxt-dev/i18n';
import { judgedRows, liveStatusLine, readyCodes, rowVerdict, summaryLine } from './verdict';

const { t } = createI18n();

const code = (n: number) => `#${String(n).padStart(3, '0')}s63DdePaj9HjSv2BPcSrDfTxU2X506b2oi=`;

type Shape =
  | 'ready'
  | 'records'
  | 'expired'
  | 'twice'
  | 'cleaned'
  | 'redundant'
  | 'unknown'
  | 'checking'
  | 'broken';

const ALL_PASS: Partial<Record<CheckId, Partial<RowCheck>>> = {};
const SHAPES: Record<Shape, Partial<Record<CheckId, Partial<RowCheck>>>> = {
  ready: ALL_PASS,
  records: {
    revocation: { status: 'unknown', liveOnly: true },
    'original-post': { status: 'unknown', liveOnly: true },
  },
  expired: { expiry: { status: 'fail' } },
  twice: { duplicate: { status: 'warn', cleanable: true } },
  cleaned: ALL_PASS,
  redundant: { duplicate: { status: 'warn' } },
  unknown: { expiry: { status: 'unknown' } },
  checking: { expiry: { status: 'pending' } },
  broken: { format: { status: 'fail' } },
};

/** A row of the given shape for code number n; its checks pass except where the shape says. */
function row(shape: Shape, n: number): PanelRow {
  const checks = checkIds.map((id): RowCheck => ({
    id,
    status: 'pass',
    message: `${id}`,
    fix: '',
    ...SHAPES[shape][id],
  }));
  return {
    key: code(n),
    code: code(n),
    raw: code(n),
    warnings: shape === 'cleaned' ? [WARNING.invisible] : [],
    occurrences: shape === 'twice' ? 2 : 1,
    usable: shape !== 'broken',
    checks,
    inventory: 'in',
    endsAt: null,
  };
}

describe('readyCodes', () => {
  it.each<[string, PanelRow[], string[]]>([
    ['nothing in the field', [], []],
    ['ready codes, in field order', [row('ready', 2), row('ready', 1)], [code(2), code(1)]],
    ['ready from the records counts as ready', [row('records', 1)], [code(1)]],
    [
      'expired, redundant, unchecked, still checking and broken codes go',
      [
        row('expired', 1),
        row('redundant', 2),
        row('unknown', 3),
        row('checking', 4),
        row('broken', 5),
        row('ready', 6),
      ],
      [code(6)],
    ],
    [
      'a code pasted twice or with cleaned characters stays, once',
      [row('twice', 1), row('cleaned', 2), row('ready', 1)],
      [code(1), code(2)],
    ],
  ])('%s', (_name, rows, kept) => {
    expect(readyCodes(judgedRows(rows, t))).toEqual(kept);
  });
});

describe('summaryLine', () => {
  it.each<[Shape[], string]>([
    [['ready', 'ready', 'records', 'expired', 'broken'], '3 ready · 2 to remove'],
    [['twice', 'unknown', 'checking'], '1 to fix · 1 not checked · 1 checking…'],
    [['redundant'], '1 to fix'],
  ])('%j → %s', (shapes, line) => {
    expect(
      summaryLine(
        judgedRows(
          shapes.map((shape, n) => row(shape, n)),
          t,
        ),
        t,
      ),
    ).toBe(line);
  });
});

describe('judgedRows', () => {
  it('puts codes to act on first and keeps field order within a verdict', () => {
    const shapes: Shape[] = ['ready', 'unknown', 'expired', 'twice', 'ready', 'broken', 'checking'];
    const judged = judgedRows(
      shapes.map((shape, n) => row(shape, n)),
      t,
    );
    expect(judged.map((j) => [j.index, j.verdict.kind])).toEqual([
      [2, 'blocked'],
      [5, 'blocked'],
      [3, 'needs-fix'],
      [1, 'not-checked'],
      [6, 'checking'],
      [0, 'ready'],
      [4, 'ready'],
    ]);
  });
});

describe('rowVerdict', () => {
  it('judges a row once, and a row replaced with news afresh', () => {
    const checking = row('checking', 1);
    const first = rowVerdict(checking, t);
    expect(rowVerdict(checking, t)).toBe(first);
    expect(first.kind).toBe('checking');
    // What the controller does when a check's answer lands: a new row, never an edited one.
    const answered = { ...checking, checks: row('expired', 1).checks };
    expect(rowVerdict(answered, t).kind).toBe('blocked');
    expect(rowVerdict(checking, t)).toBe(first);
  });

  it('words a row in the wording it is asked in', () => {
    const broken = row('broken', 2);
    const shouting = ((key: string) => t(key).toUpperCase()) as typeof t;
    const { fix } = rowVerdict(broken, t);
    expect(fix).not.toBe(fix.toUpperCase());
    expect(rowVerdict(broken, shouting).fix).toBe(fix.toUpperCase());
  });
});

describe('liveStatusLine', () => {
  it('says why TikTok was not asked when it is connected', () => {
    const line = liveStatusLine([row('records', 1)], false, t, 'ad account 7001 is not in Options');
    expect(line).toBe('Live status not checked: ad account 7001 is not in Options');
  });

  it.each<[string, Shape[], boolean, RegExp | undefined]>([
    ['every live check ran', ['ready', 'expired'], false, undefined],
    [
      'live off: one line for all codes',
      ['records', 'records'],
      false,
      /connect TikTok in Options/,
    ],
    [
      'live on but some codes got no answer',
      ['records', 'ready'],
      true,
      /for 1 code: TikTok did not answer/,
    ],
  ])('%s', (_name, shapes, liveEnabled, expected) => {
    const line = liveStatusLine(
      shapes.map((shape, n) => row(shape, n)),
      liveEnabled,
      t,
    );
    if (expected === undefined) expect(line).toBeUndefined();
    else expect(line).toMatch(expected);
  });
});
