/**
 * The team server's HTTP endpoints, served on the same port as the WebSocket:
 *
 *   POST   /invites/exchange             { invite, name }  -> member token (failures limited)
 *   POST   /teams/:team/invites          { role, hours? }  -> one-time invite      (admin)
 *   GET    /teams/:team/members                            -> members             (any member)
 *   DELETE /teams/:team/members/:member                    -> remove a member     (admin)
 *   GET    /teams/:team/audit?code=&after=&limit=          -> audit rows          (admin)
 *   GET    /health
 *
 * Members authenticate with `Authorization: Bearer <member token>`. Answers are JSON; errors are
 * `{ error: "<plain sentence>" }` with a fitting status.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Extension, Hocuspocus, onRequestPayload } from '@hocuspocus/server';
import { z } from 'zod';
import { teamDocumentName, teamIdSchema, teamRoleSchema, type TeamRole } from '../lib/team/names';
import { createInvite, hashInvite, newMemberId } from './invites';
import { closeMemberConnections } from './members';
import type { Limiter } from './rate-limit';
import type { Member, TeamStore } from './store/types';
import { signMemberToken, verifyMemberToken } from './tokens';

export interface HttpDependencies {
  store: TeamStore;
  key: Uint8Array;
  limiter: Limiter;
  /** Read the client address from X-Forwarded-For (set only behind a proxy you run). */
  trustProxy: boolean;
  hocuspocus: () => Hocuspocus;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const MAX_BODY_BYTES = 16_384;

const exchangeSchema = z.object({
  invite: z.string().trim().min(1, 'Paste the invite').max(200),
  name: z.string().trim().min(1, 'Give your name for teammates').max(60),
});
const newInviteSchema = z.object({
  role: teamRoleSchema,
  hours: z
    .number()
    .positive()
    .max(24 * 90)
    .optional(),
});
const auditQuerySchema = z.object({
  code: z.string().min(1).max(2000).optional(),
  after: z.coerce.number().int().nonnegative().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

function send(response: ServerResponse, status: number, body?: unknown, headers = {}) {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(body === undefined ? undefined : JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'The request body is too large');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON');
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  throw new HttpError(400, `${where}${issue?.message ?? 'Invalid request'}`);
}

function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') {
    return forwarded.split(',')[0]?.trim() || 'unknown';
  }
  return request.socket.remoteAddress ?? 'unknown';
}

export function teamHttp(deps: HttpDependencies): Extension {
  const { store, key, limiter } = deps;

  async function memberFrom(request: IncomingMessage, team: string): Promise<Member> {
    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
    if (!token) throw new HttpError(401, 'Sign in with a member token');
    const claims = await verifyMemberToken(key, token).catch(() => {
      throw new HttpError(401, 'This member token is not valid here');
    });
    const member = await store.getMember(claims.team, claims.memberId);
    if (!member || member.removedAt !== undefined) {
      throw new HttpError(401, 'This member was removed from the team');
    }
    if (member.team !== team) throw new HttpError(403, 'This token is for another team');
    return member;
  }

  async function requireRole(request: IncomingMessage, team: string, roles: TeamRole[]) {
    const member = await memberFrom(request, team);
    if (!roles.includes(member.role)) {
      throw new HttpError(403, `Only ${roles.join(' or ')} members can do this`);
    }
    return member;
  }

  async function exchange(request: IncomingMessage, response: ServerResponse) {
    const address = clientAddress(request, deps.trustProxy);
    const wait = await limiter.blocked(address);
    if (wait !== undefined) {
      throw new HttpError(429, `Too many failed attempts; try again in ${wait} s`, {
        'Retry-After': String(wait),
      });
    }
    try {
      const body = parse(exchangeSchema, await readJson(request));
      const member = await store.redeemInvite(
        hashInvite(body.invite),
        { id: newMemberId(), name: body.name },
        Date.now(),
      );
      if (!member) throw new HttpError(404, 'This invite is not valid, has expired or was used');
      send(response, 201, {
        token: await signMemberToken(key, member),
        team: member.team,
        member: { id: member.id, name: member.name, role: member.role },
        document: teamDocumentName(member.team),
      });
    } catch (error) {
      if (error instanceof HttpError) await limiter.failed(address);
      throw error;
    }
  }

  async function route(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://team.invalid');
    const parts = url.pathname.split('/').filter(Boolean);
    const method = request.method ?? 'GET';

    if (method === 'GET' && url.pathname === '/health') return send(response, 200, { ok: true });
    if (method === 'POST' && url.pathname === '/invites/exchange') {
      return exchange(request, response);
    }
    if (parts[0] !== 'teams' || parts.length < 3) throw new HttpError(404, 'Not found');
    const team = parse(teamIdSchema, parts[1]);
    const resource = parts.slice(2);

    if (method === 'POST' && resource.join('/') === 'invites') {
      const admin = await requireRole(request, team, ['admin']);
      const body = parse(newInviteSchema, await readJson(request));
      const created = await createInvite(store, { team, ...body, createdBy: admin.id });
      return send(response, 201, { ...created, team, role: body.role });
    }
    if (method === 'GET' && resource.join('/') === 'members') {
      await memberFrom(request, team);
      const members = await store.listMembers(team);
      return send(response, 200, {
        members: members.map(({ id, name, role, joinedAt, removedAt }) => ({
          id,
          name,
          role,
          joinedAt,
          ...(removedAt === undefined ? {} : { removedAt }),
        })),
      });
    }
    if (method === 'DELETE' && resource[0] === 'members' && resource.length === 2) {
      await requireRole(request, team, ['admin']);
      const memberId = resource[1] as string;
      if (!(await store.removeMember(team, memberId, Date.now()))) {
        throw new HttpError(404, 'No such member in this team');
      }
      const closed = closeMemberConnections(deps.hocuspocus(), team, memberId);
      return send(response, 200, { removed: memberId, closedConnections: closed });
    }
    if (method === 'GET' && resource.join('/') === 'audit') {
      await requireRole(request, team, ['admin']);
      const query = parse(auditQuerySchema, Object.fromEntries(url.searchParams));
      const rows = await store.readAudit(team, query);
      const last = rows.at(-1);
      return send(response, 200, {
        rows: rows.map((row) => ({ ...row, entry: JSON.parse(row.entry) as unknown })),
        next: rows.length === query.limit && last ? last.id : null,
      });
    }
    throw new HttpError(404, 'Not found');
  }

  return {
    extensionName: 'TeamHttp',
    async onRequest({ request, response }: onRequestPayload) {
      // Tokens travel in a header, never in cookies, so any origin (the extension's pages) may
      // call; nothing is sent that a page could not already send with the token in hand.
      response.setHeader('Access-Control-Allow-Origin', '*');
      response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
      response.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS');
      try {
        if (request.method === 'OPTIONS') send(response, 204);
        else await route(request, response);
      } catch (error) {
        if (error instanceof HttpError) {
          send(response, error.status, { error: error.message }, error.headers);
        } else {
          console.error('Team server request failed', error);
          send(response, 500, { error: 'The team server could not do that; try again' });
        }
      }
      // Rejecting with nothing tells Hocuspocus the request is answered.
      throw null;
    },
  };
}
