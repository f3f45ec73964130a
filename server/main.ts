/**
 * `npm run server [-- serve] [--port 8787] [--data ./team-data] [--redis URL] [--postgres URL]`
 * `npm run server -- invite --team T --role buyer|viewer|admin [--hours 168] [--json]`
 * `npm run server -- remove --team T --member M`
 * `npm run server -- members --team T`
 *
 * `invite`, `remove` and `members` work on the store directly (the same data folder or Postgres
 * URL as the server), so the first admin can be invited before anyone holds a token.
 */
import { parseArgs } from 'node:util';
import { teamIdSchema, teamRoleSchema } from '../lib/team/names';
import { mergeSettings, serverConfig, SETTINGS, type RawSettings } from './config';
import { createInvite, DEFAULT_INVITE_HOURS } from './invites';
import { openStore } from './store/open';

const print = (line = '') => process.stdout.write(`${line}\n`);

const settingOptions = Object.fromEntries(
  Object.values(SETTINGS).map((setting) => [
    setting.flag,
    { type: setting.flag === 'trust-proxy' ? ('boolean' as const) : ('string' as const) },
  ]),
);

function usage() {
  print('Usage: npm run server -- [serve|invite|remove|members] [options]');
  print();
  for (const setting of Object.values(SETTINGS)) {
    print(`  --${setting.flag.padEnd(16)} ${setting.env.padEnd(22)} ${setting.help}`);
  }
  print('  invite:  --team T --role admin|buyer|viewer [--hours 168] [--json]');
  print('  remove:  --team T --member M');
  print('  members: --team T');
}

async function main(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...settingOptions,
      team: { type: 'string' },
      role: { type: 'string' },
      member: { type: 'string' },
      hours: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return usage();
  const flags: RawSettings = {};
  for (const [name, setting] of Object.entries(SETTINGS)) {
    const value = (values as Record<string, string | boolean | undefined>)[setting.flag];
    if (value !== undefined) flags[name as keyof RawSettings] = value as string | boolean;
  }
  const config = serverConfig(mergeSettings(flags, process.env));
  const command = positionals[0] ?? 'serve';

  if (command === 'serve') {
    // Loaded here only: the store commands start quickly without the sync server's modules.
    const { startTeamServer } = await import('./team-server');
    const running = await startTeamServer(config);
    const store = config.postgresUrl ? 'Postgres' : `SQLite in ${config.dataDir}`;
    const bus = config.redisUrl ? ', Redis for several instances' : '';
    print(`Team server on ${running.httpUrl} (WebSocket ${running.wsUrl}); ${store}${bus}.`);
    const stop = async () => {
      await running.stop();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return;
  }

  const team = teamIdSchema.parse(values.team);
  const store = await openStore(config);
  try {
    if (command === 'invite') {
      const role = teamRoleSchema.parse(values.role ?? 'buyer');
      const hours = values.hours ? Number(values.hours) : DEFAULT_INVITE_HOURS;
      const { invite, expiresAt } = await createInvite(store, {
        team,
        role,
        hours,
        createdBy: 'cli',
      });
      if (values.json) return print(JSON.stringify({ invite, team, role, expiresAt }));
      print(
        `One-time invite to team ${team} as ${role}, valid until ${new Date(expiresAt).toISOString()}:`,
      );
      print();
      print(`  ${invite}`);
      print();
      print('Paste it into Options › Team together with this server’s address.');
    } else if (command === 'remove') {
      const member = values.member ?? '';
      if (!(await store.removeMember(team, member, Date.now()))) {
        throw new Error(`No active member ${member} in team ${team}`);
      }
      print(`Removed ${member} from ${team}; their token is refused and open connections close.`);
    } else if (command === 'members') {
      for (const member of await store.listMembers(team)) {
        const state = member.removedAt === undefined ? '' : ' (removed)';
        print(`${member.id}\t${member.role}\t${member.name}${state}`);
      }
    } else {
      usage();
      process.exitCode = 2;
    }
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
