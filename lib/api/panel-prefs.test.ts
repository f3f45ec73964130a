import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import { operations } from './operations';
import { panelPrefsReplySchema } from './panel-prefs';
import type { PanelPrefs } from './panel-schemas';

/**
 * The panel checks the page's preferences with its own zod/mini schema before the operations
 * table is loaded. It must accept and refuse exactly what the table's schema for that reply does.
 */
const replies: readonly [string, unknown, boolean][] = [
  ['the defaults', { side: 'right', collapsed: false, disabledHere: false }, true],
  ['docked to an edge', { side: 'left', collapsed: true, disabledHere: false, dock: 'top' }, true],
  [
    'dragged to a spot',
    { side: 'right', collapsed: false, disabledHere: true, dock: { x: 0, y: 10000 } },
    true,
  ],
  [
    'a spot off the window',
    { side: 'right', collapsed: false, disabledHere: false, dock: { x: -1, y: 5 } },
    false,
  ],
  [
    'a spot too far',
    { side: 'right', collapsed: false, disabledHere: false, dock: { x: 5, y: 10001 } },
    false,
  ],
  [
    'a spot given as text',
    { side: 'right', collapsed: false, disabledHere: false, dock: { x: '5', y: 5 } },
    false,
  ],
  [
    "the port's own 'auto' dock",
    { side: 'right', collapsed: false, disabledHere: false, dock: 'auto' },
    false,
  ],
  ['an unknown side', { side: 'top', collapsed: false, disabledHere: false }, false],
  ['no collapsed flag', { side: 'right', disabledHere: false }, false],
  ['a flag as text', { side: 'right', collapsed: 'false', disabledHere: false }, false],
  ['nothing', null, false],
  ['an error text', 'Storage is not available', false],
  ['extra fields', { side: 'right', collapsed: false, disabledHere: false, token: 'secret' }, true],
];

describe("the panel's check of its page preferences", () => {
  it.each(replies)('%s: same verdict and value as the operations table', (_, reply, valid) => {
    const early = panelPrefsReplySchema.safeParse(reply);
    const table = operations.getPanelPrefs.response.safeParse(reply);
    expect(early.success).toBe(valid);
    expect(table.success).toBe(valid);
    expect(early.data).toEqual(table.data);
  });

  it('drops fields the table does not know', () => {
    const reply = { side: 'right', collapsed: false, disabledHere: false, token: 'secret' };
    expect(panelPrefsReplySchema.parse(reply)).toEqual({
      side: 'right',
      collapsed: false,
      disabledHere: false,
    });
  });

  it('gives the type the panel controller takes', () => {
    expectTypeOf<z.infer<typeof panelPrefsReplySchema>>().toEqualTypeOf<PanelPrefs>();
  });
});
