import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR } from './fixtures';

// The built manifest is what buyers grant; it must ask for nothing beyond what the features use.
const ALLOWED_PERMISSIONS = ['alarms', 'clipboardWrite', 'notifications', 'storage'];
const ALLOWED_HOSTS = ['https://ads.tiktok.com/*'];
const OPTIONAL_HOSTS = ['https://business-api.tiktok.com/*'];

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: unknown;
  content_scripts?: { matches: string[]; world?: string }[];
  externally_connectable?: unknown;
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
}

const manifest = (): Manifest =>
  JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;

test('asks for no more permissions than the features need', () => {
  const m = manifest();
  for (const p of m.permissions ?? []) expect(ALLOWED_PERMISSIONS).toContain(p);
  expect(m.host_permissions ?? []).toEqual(ALLOWED_HOSTS);
  expect(m.optional_permissions ?? []).toEqual([]);
  expect(m.optional_host_permissions ?? []).toEqual(OPTIONAL_HOSTS);
  expect(m.externally_connectable).toBeUndefined();
});

test('keeps the default CSP and runs nothing in the page main world', () => {
  const m = manifest();
  expect(m.content_security_policy).toBeUndefined();
  for (const script of m.content_scripts ?? []) {
    expect(script.world ?? 'ISOLATED').toBe('ISOLATED');
    for (const match of script.matches) expect(match).toBe('https://ads.tiktok.com/*');
  }
});

test('ships no remote code', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (full.endsWith('.js') || full.endsWith('.html')) files.push(full);
    }
  };
  walk(EXTENSION_DIR);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/i);
    expect(text, file).not.toMatch(/\bimport\(\s*["']https?:/);
  }
});
