// @vitest-environment node
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { ruleSet } from '../../dependency-rules.mjs';

const FIXTURES = path.resolve(__dirname, '../fixtures/layers');

/** Runs the project's own rules over a fixture tree laid out like the project. */
async function violationsIn(fixture: string): Promise<string[]> {
  const baseDir = path.join(FIXTURES, fixture);
  const roots = ['lib', 'components'].filter((dir) => existsSync(path.join(baseDir, dir)));
  const { output } = await cruise(roots, {
    baseDir,
    ruleSet,
    validate: true,
    tsPreCompilationDeps: true,
  });
  const result = output as ICruiseResult;
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe('the layer rules', () => {
  it.each([
    ['a tree that only imports downwards', 'clean', []],
    [
      'storage importing the API layer',
      'wrong-way',
      ['storage-imports-only-lower-layers: lib/db/store.ts → lib/api/client.ts'],
    ],
    [
      'domain code importing a component by a relative path',
      'ui-from-lib',
      ['domain-imports-only-lower-layers: lib/codes/uses-ui.ts → components/popup/Button.ts'],
    ],
  ])('%s', async (_label, fixture, expected) => {
    expect(await violationsIn(fixture)).toEqual(expected);
  });

  it('refuses a cycle, even one closed by a type-only import', async () => {
    const violations = await violationsIn('cycle');
    expect(violations.filter((v) => v.startsWith('no-cycles'))).not.toHaveLength(0);
  });
});
