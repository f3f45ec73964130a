import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeSettings, serverConfig } from './config';
import { tempDir } from './testing';

const folders: (() => void)[] = [];
afterEach(() => folders.splice(0).forEach((remove) => remove()));

function dataDir() {
  const { dir, remove } = tempDir('team-config-');
  folders.push(remove);
  return dir;
}

describe('server settings', () => {
  it.each([
    {
      name: 'flags win over the environment',
      flags: { port: '9000' },
      env: { TEAM_PORT: '7000' },
      port: 9000,
    },
    {
      name: 'the environment fills what flags leave out',
      flags: {},
      env: { TEAM_PORT: '7000' },
      port: 7000,
    },
    { name: 'an empty variable counts as unset', flags: {}, env: { TEAM_PORT: '' }, port: 8787 },
  ])('$name', ({ flags, env, port }) => {
    const config = serverConfig({ ...mergeSettings(flags, env), dataDir: dataDir() });
    expect(config.port).toBe(port);
  });

  it('generates a secret once, keeps it private in the data folder and reuses it', () => {
    const dir = dataDir();
    const first = serverConfig({ dataDir: dir }).secret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(serverConfig({ dataDir: dir }).secret).toBe(first);
    expect(readFileSync(path.join(dir, 'secret'), 'utf8').trim()).toBe(first);
    expect(statSync(path.join(dir, 'secret')).mode & 0o077).toBe(0);
  });

  it.each([
    {
      name: 'Postgres without a shared secret',
      raw: { postgresUrl: 'postgres://team@127.0.0.1/team' },
      message: /TEAM_SECRET/,
    },
    { name: 'a short secret', raw: { secret: 'short' }, message: /--secret \/ TEAM_SECRET/ },
    { name: 'a port out of range', raw: { port: '70000' }, message: /--port \/ TEAM_PORT/ },
    {
      name: 'a Redis address that is not a URL',
      raw: { redisUrl: 'cache:6379' },
      message: /--redis/,
    },
  ])('refuses $name with a message naming the setting', ({ raw, message }) => {
    expect(() => serverConfig({ dataDir: dataDir(), ...raw })).toThrow(message);
  });
});
