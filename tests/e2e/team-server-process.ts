/**
 * The team server as an operator runs it: `npm run server` in its own process, its command line
 * for invites and removals. Killing the process drops every connection the way a crash or a
 * network cut does, so the extension really goes offline.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../server/services';

const run = promisify(execFile);
const SCRIPT = ['--disable-warning=ExperimentalWarning', '--import', 'tsx', 'server/main.ts'];

export interface TeamServerProcess {
  url: string;
  /** Starts (or starts again) the server on the same port and data. */
  start(): Promise<void>;
  /** Kills the process outright: clients see their connections drop. */
  kill(): Promise<void>;
  invite(team: string, role: 'admin' | 'buyer' | 'viewer'): Promise<string>;
  members(team: string): Promise<string>;
  remove(team: string, member: string): Promise<string>;
  dispose(): Promise<void>;
}

export async function teamServerProcess(): Promise<TeamServerProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'team-e2e-'));
  const port = await freePort();
  const env = {
    ...process.env,
    TEAM_DATA_DIR: dataDir,
    TEAM_PORT: String(port),
    TEAM_HOST: '127.0.0.1',
    TEAM_SECRET: '',
  };
  let child: ChildProcess | undefined;
  const cli = async (...args: string[]) =>
    (await run(process.execPath, [...SCRIPT, ...args], { env })).stdout;

  const server: TeamServerProcess = {
    url: `http://127.0.0.1:${port}`,
    async start() {
      const started = spawn(process.execPath, SCRIPT, { env, stdio: ['ignore', 'pipe', 'pipe'] });
      child = started;
      await new Promise<void>((resolve, reject) => {
        let output = '';
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('Team server on')) resolve();
        };
        started.stdout?.on('data', onData);
        started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
        started.once('exit', (code) =>
          reject(new Error(`Team server exited (${code}): ${output}`)),
        );
      });
    },
    async kill() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      await new Promise((resolve) => {
        running.once('exit', resolve);
        running.kill('SIGKILL');
      });
    },
    invite: async (team, role) =>
      (
        JSON.parse(await cli('invite', '--team', team, '--role', role, '--json')) as {
          invite: string;
        }
      ).invite,
    members: (team) => cli('members', '--team', team),
    remove: (team, member) => cli('remove', '--team', team, '--member', member),
    async dispose() {
      await server.kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}
