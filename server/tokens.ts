/**
 * Member tokens: HS256 JWTs signed with the server's secret, carrying the team, the member id
 * (`sub`) and the role. A valid signature is not enough to get in: the server also finds the
 * member in its store, so a removed member's token stops working at once.
 */
import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { teamIdSchema, teamRoleSchema } from '../lib/team/names';
import type { Member } from './store/types';

const ISSUER = 'spark-preflight-team';
const AUDIENCE = 'spark-preflight-extension';

const claimsSchema = z.object({
  sub: z.string().min(1).max(100),
  team: teamIdSchema,
  role: teamRoleSchema,
  name: z.string().max(100),
});

export interface MemberClaims {
  team: string;
  memberId: string;
  role: z.infer<typeof teamRoleSchema>;
  name: string;
}

export const MIN_SECRET_LENGTH = 32;

export function secretKey(secret: string): Uint8Array {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`The token secret must be at least ${MIN_SECRET_LENGTH} characters long`);
  }
  return new TextEncoder().encode(secret);
}

export async function signMemberToken(key: Uint8Array, member: Member): Promise<string> {
  return new SignJWT({ team: member.team, role: member.role, name: member.name })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(member.id)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .sign(key);
}

/** Throws on a bad signature, another issuer, or claims of the wrong shape. */
export async function verifyMemberToken(key: Uint8Array, token: string): Promise<MemberClaims> {
  const { payload } = await jwtVerify(token, key, {
    algorithms: ['HS256'],
    issuer: ISSUER,
    audience: AUDIENCE,
  });
  const claims = claimsSchema.parse(payload);
  return { team: claims.team, memberId: claims.sub, role: claims.role, name: claims.name };
}
