import { describe, expect, it } from 'vitest';
import { readBareRun } from './bare';
import { REASON } from './messages';
import { MAX_BODY_LENGTH, MIN_BODY_LENGTH } from './patterns';
import { scanPaste } from './scan';
import { EXAMPLE_CODE, SECOND_CODE } from './test-support';

const C = EXAMPLE_CODE;
const BODY = C.slice(1);
const CORE = BODY.slice(0, -1);
// Random-looking base64 of any length, cut from two real codes.
const NOISE = (CORE + SECOND_CODE.slice(1, -1)).repeat(4);

describe('readBareRun', () => {
  it.each([
    ['a code after a space', ` ${BODY} and more`, 1, 1 + BODY.length],
    ['a code at the very start', `${BODY} and more`, 0, BODY.length],
    ['a code at the very end', ` ${BODY}`, 1, 1 + BODY.length],
    ['a code with two =', ` ${CORE}== `, 1, 1 + CORE.length + 2],
    [
      'a code of the shortest length',
      ` ${NOISE.slice(0, MIN_BODY_LENGTH)} `,
      1,
      1 + MIN_BODY_LENGTH,
    ],
    [
      'a code of the longest length',
      ` ${NOISE.slice(0, MAX_BODY_LENGTH)} `,
      1,
      1 + MAX_BODY_LENGTH,
    ],
  ])('reads %s', (_label, text, start, end) => {
    const run = readBareRun(text, start);
    expect(run.code).toMatchObject({ start, end, core: text.slice(start, end).replace(/=+$/, '') });
    expect(run.next).toBe(end);
  });

  it.each([
    // [label, text, the run that is turned away]
    ['a run one shorter than any code', NOISE.slice(0, MIN_BODY_LENGTH - 1), ' '],
    ['a run one longer than any code', NOISE.slice(0, MAX_BODY_LENGTH + 1), ' '],
    ['three =', `${CORE}===`, ' '],
    ['an underscore after the run', BODY, '_x '],
    ['a plain word of a code’s length', 'Supercalifragilistic'.repeat(2), ' '],
  ])('turns away %s and resumes after it', (_label, run, after) => {
    const text = ` ${run}${after}`;
    expect(readBareRun(text, 1)).toEqual({ next: 1 + run.length });
  });

  it.each([
    ['a run glued to a letter', `é${BODY} `],
    ['inline image data', `data:image/png;base64,${BODY} `],
  ])('turns away %s', (_label, text) => {
    const start = text.indexOf(BODY);
    expect(readBareRun(text, start)).toEqual({ next: start + CORE.length });
  });
});

describe('bare codes in a paste', () => {
  const found = { codes: [expect.objectContaining({ code: C })], rejected: [] };
  const suggested = {
    codes: [],
    rejected: [expect.objectContaining({ raw: BODY, reason: REASON.noHash, suggestion: C })],
  };

  it.each([
    ['a "Code:" label at the very start', `Code: ${BODY}`, found],
    ['a code at the very start, no label', BODY, suggested],
    // Only `base64,` before the comma makes the run file data.
    ['a code after a comma in a sheet row, no label', `maya,${BODY}`, suggested],
    ['a "Code:" label on its own line', `Hello,\nCode: ${BODY}`, found],
    // The label starts a line just out of sight: the line break is the first character looked at.
    ['a "Code:" label far before, after a line break', `Hi\nCode:${' '.repeat(54)}${BODY}`, found],
    // Nothing shows where this line starts, so "Code:" may end a phrase like "Discount code:".
    [
      'a "Code:" label far before, mid-line',
      `${'x'.repeat(20)} Code:${' '.repeat(55)}${BODY}`,
      suggested,
    ],
    ['a "Spark code" label mid-line', `${'x'.repeat(80)} Spark code: ${BODY}`, found],
  ])('with %s', (_label, text, expected) => {
    expect(scanPaste(text)).toEqual(expected);
  });
});
