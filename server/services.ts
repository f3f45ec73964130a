/**
 * Postgres and Redis for the scale-out test and benchmark: Debian's `postgresql` and
 * `redis-server` packages, each started in a temporary folder on a free port and removed after.
 * Postgres refuses to run as root, so as root it runs as the package's `postgres` user.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { tempDir } from './testing';

export interface Service {
  url: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** Resolves once `output` of the process has printed `ready`; rejects if it exits first. */
function readyWhen(child: ChildProcess, ready: RegExp, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}):\n${output}`)));
  });
}

export async function startRedis(): Promise<Service> {
  const port = await freePort();
  const { dir, remove } = tempDir('team-redis-');
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      'no',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await readyWhen(child, /Ready to accept connections/, 'redis-server');
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      await stopProcess(child, 'SIGTERM');
      remove();
    },
  };
}

function postgresBin(name: string): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => path.join(root, v, 'bin', name)).find(existsSync);
  if (!found) throw new Error(`No ${name}: install Debian's postgresql package`);
  return found;
}

/** As root, run as the `postgres` user the package made; otherwise as whoever runs the tests. */
function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  return {
    uid: Number(execFileSync('id', ['-u', 'postgres']).toString()),
    gid: Number(execFileSync('id', ['-g', 'postgres']).toString()),
  };
}

export async function startPostgres(): Promise<Service> {
  const port = await freePort();
  const { dir, remove } = tempDir('team-postgres-');
  const data = path.join(dir, 'data');
  const user = postgresUser();
  if (user) chownSync(dir, user.uid, user.gid);
  execFileSync(
    postgresBin('initdb'),
    ['-D', data, '-U', 'team', '-A', 'trust', '-E', 'UTF8', '--no-sync'],
    { stdio: 'pipe', ...user },
  );
  const settings = [
    'listen_addresses=127.0.0.1',
    // A throwaway cluster: durability settings only slow the test down.
    'fsync=off',
    'synchronous_commit=off',
    'full_page_writes=off',
  ];
  const child = spawn(
    postgresBin('postgres'),
    ['-D', data, '-p', String(port), '-k', dir, ...settings.flatMap((s) => ['-c', s])],
    { stdio: ['ignore', 'pipe', 'pipe'], ...user },
  );
  await readyWhen(child, /ready to accept connections/, 'postgres');
  return {
    url: `postgres://team@127.0.0.1:${port}/postgres`,
    async stop() {
      // SIGINT is Postgres's fast shutdown: it ends sessions and exits cleanly.
      await stopProcess(child, 'SIGINT');
      remove();
    },
  };
}
