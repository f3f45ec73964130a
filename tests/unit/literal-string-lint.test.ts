// @vitest-environment node
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const RULE = 'i18next/no-literal-string';

/** Lints a snippet with the project's own eslint.config.js, as if it were the file at `file`. */
async function literalStrings(code: string, file = 'components/popup/Example.tsx') {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.line);
}

const component = (jsx: string) => `
import { t } from '../common/i18n';
export function Example({ on, short }: { on: boolean; short: string }) {
  return (
    ${jsx}
  );
}
`;

describe('the hard-coded string lint rule', () => {
  it.each([
    ['text between tags', '<p>Nothing recorded yet.</p>'],
    ['an aria-label', '<button aria-label="Dismiss message">{t(\'toast_dismiss\')}</button>'],
    ['a title', '<span title="Why it failed">{short}</span>'],
    ['a placeholder built from a template', '<input placeholder={`Search ${short}`} />'],
    ['an alt text', '<img alt="Spark Preflight logo" src="icon.png" />'],
    ['a string chosen in JSX', "<p>{on ? 'Saving…' : t('add_save')}</p>"],
    ['the label of a component', '<Tabs label="Sections" />'],
  ])('fails on %s', async (_what, jsx) => {
    expect(await literalStrings(component(jsx))).toHaveLength(1);
  });

  it.each([
    ['words from messages.json', "<p title={t('history_title')}>{t('history_empty')}</p>"],
    [
      'class names, ids, roles and test ids',
      '<p className="hint" id="x" role="status" data-testid="y" />',
    ],
    ['punctuation and numbers alone', "<p>{short} · {2} × {'—'}</p>"],
    [
      'field names and input types passed to a helper',
      "<div>{field({ name: 'receivedOn', type: 'date' })}</div>",
    ],
  ])('passes %s', async (_what, jsx) => {
    expect(await literalStrings(component(jsx))).toEqual([]);
  });

  it('leaves tests alone: they look for the English the buyer sees', async () => {
    expect(
      await literalStrings(
        component('<p>Nothing recorded yet.</p>'),
        'components/popup/Example.test.tsx',
      ),
    ).toEqual([]);
  });
});
