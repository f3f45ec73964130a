/**
 * This browser's place in a team: which server, which team, who the buyer is there and the
 * member token the server gave for an invite. The token is a credential like the Marketing API
 * token: it lives in trusted extension storage and is never sent to a page.
 */
import { z } from 'zod';
import { teamDocumentName, teamIdSchema, teamRoleSchema } from './names';

/**
 * The server's address as the buyer typed it, reduced to scheme, host, port and path. Only
 * http(s): the WebSocket address is derived from it (`wss:` for `https:`), so one address serves
 * the invite exchange and the sync.
 */
export const serverUrlSchema = z
  .string()
  .trim()
  .min(1, 'team_errorServerMissing')
  .max(500)
  .transform((value, context) => {
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
    let url: URL;
    try {
      url = new URL(withScheme);
    } catch {
      context.addIssue({ code: 'custom', message: 'team_errorServerUrl' });
      return z.NEVER;
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
      context.addIssue({ code: 'custom', message: 'team_errorServerUrl' });
      return z.NEVER;
    }
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  });

export function webSocketUrl(serverUrl: string): string {
  return serverUrl.replace(/^http/, 'ws');
}

/** What `POST /invites/exchange` answers; anything else is refused before it is stored. */
export const inviteExchangeResponseSchema = z.object({
  token: z.string().min(20).max(4000),
  team: teamIdSchema,
  member: z.object({
    id: z.string().min(1).max(100),
    name: z.string().min(1).max(100),
    role: teamRoleSchema,
  }),
  document: z.string().max(200),
});

export const teamMembershipSchema = z.object({
  serverUrl: z.string().url(),
  team: teamIdSchema,
  memberId: z.string().min(1).max(100),
  name: z.string().min(1).max(100),
  role: teamRoleSchema,
  token: z.string().min(20).max(4000),
  joinedAt: z.number().int().nonnegative(),
});
export type TeamMembership = z.infer<typeof teamMembershipSchema>;

export function membershipFrom(
  serverUrl: string,
  answer: z.infer<typeof inviteExchangeResponseSchema>,
  now: number,
): TeamMembership {
  return teamMembershipSchema.parse({
    serverUrl,
    team: answer.team,
    memberId: answer.member.id,
    name: answer.member.name,
    role: answer.member.role,
    token: answer.token,
    joinedAt: now,
  });
}

export const membershipDocument = (membership: Pick<TeamMembership, 'team'>) =>
  teamDocumentName(membership.team);

/** How the connection stands, for every screen; never carries the token. */
export const teamConnectionStates = [
  /** No team joined: the inventory is this browser's own. */
  'none',
  'connecting',
  /** Connected and in step with the server. */
  'synced',
  /** The server cannot be reached; edits wait in this browser and go out on reconnect. */
  'offline',
  /** The server refused this member: removed from the team, or the token is no longer valid. */
  'refused',
] as const;

export const teamStatusSchema = z.object({
  state: z.enum(teamConnectionStates),
  team: teamIdSchema.optional(),
  serverUrl: z.string().optional(),
  name: z.string().optional(),
  role: teamRoleSchema.optional(),
  /** When this browser was last in step with the server. */
  syncedAt: z.number().optional(),
  /** Codes the team holds, as last projected here. */
  codes: z.number().int().nonnegative().optional(),
  /** Entries in the team document that did not parse; shown, never dropped silently. */
  unreadable: z.number().int().nonnegative().optional(),
  /** The server's reason for a refusal, as a message name (`team_refused_*`). */
  reason: z.string().max(100).optional(),
});
export type TeamStatus = z.infer<typeof teamStatusSchema>;
