import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS } from '../transfer/fields';
import { englishMessages } from './english.testing';

/** Folders whose strings go through the extension's messages. */
const SOURCES = [
  'lib/inventory',
  'lib/lifecycle',
  'lib/panel',
  'lib/preflight',
  'lib/tiktok',
  'components/panel',
  'entrypoints/panel',
  'lib/transfer',
  'components/common',
  'components/dashboard',
  'components/options',
  'components/popup',
  'components/transfer',
  'components/settings',
  'entrypoints/dashboard',
  'entrypoints/inventory',
  'entrypoints/options',
  'entrypoints/popup',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Names passed literally to `t(...)` or `explain(...)`, or kept as message names in a table. */
function namesUsed(): Set<string> {
  const names = new Set<string>();
  const patterns = [
    /\b(?:t|explain)\(\s*'([A-Za-z0-9_]+)'/g,
    /'((?:import|backup)_[a-z]+_[A-Za-z]+)'/g,
    // Message names kept in tables (tabs, filters, fields) and passed to t() later.
    /'((?:popup|filter|sort|preview|storage|prefs|chip|chipWhy|details|history|accounts)_[a-z][A-Za-z0-9]+)'/g,
    // The panel's and the vocabulary's tables of message names.
    /'((?:panel|verdict|checkStatus|summary|check)_[a-z][A-Za-z]+)'/g,
    // The checks' words and TikTok's failures, each failure with its fix.
    /'((?:preflight|fault)_[a-z][A-Za-z]+)'/g,
  ];
  for (const file of SOURCES.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) names.add(m[1] ?? '');
  }
  // Names built at run time from a known list.
  for (const field of IMPORT_FIELDS) names.add(`field_${field}`);
  for (const step of ['reading', 'checking', 'saving']) names.add(`transfer_${step}`);
  for (const name of [...names].filter((n) => /^fault_[a-zA-Z]+$/.test(n) && !n.endsWith('Fix'))) {
    names.add(`${name}Fix`);
  }
  return names;
}

describe('English messages', () => {
  const messages = englishMessages();

  it('has every message the pages ask for', () => {
    const used = namesUsed();
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((name) => !(name in messages))).toEqual([]);
  });

  it('uses names Chrome accepts and at most two plural forms', () => {
    for (const [name, { message }] of Object.entries(messages)) {
      expect(name).toMatch(/^[A-Za-z0-9_]+$/);
      expect(message.split(' | ').length, name).toBeLessThanOrEqual(2);
    }
  });
});
