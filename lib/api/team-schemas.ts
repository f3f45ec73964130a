import { z } from 'zod';
import { teamStatusSchema } from '../team/membership';

/** Where the background publishes the team's status for the pages (session storage). */
export const TEAM_STATUS_KEY = 'teamStatus';

export const teamStatusRequestSchema = z.object({});
export { teamStatusSchema };

/** Joining with an invite; the server address is checked again by the background. */
export const teamJoinRequestSchema = z.object({
  serverUrl: z.string().max(500),
  invite: z.string().max(200),
  name: z.string().max(60),
  /** Share the codes this browser holds now with the team (moving a personal inventory in). */
  shareExisting: z.boolean(),
});
export const teamJoinResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), status: teamStatusSchema }),
  z.object({
    ok: z.literal(false),
    /** A message name (`team_error*`). */
    message: z.string().regex(/^team_[A-Za-z]{1,40}$/),
    /** The server's own words, when it gave a reason. */
    detail: z.string().max(300).optional(),
  }),
]);

export const teamLeaveRequestSchema = z.object({});
