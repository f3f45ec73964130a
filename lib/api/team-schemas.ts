import { z } from 'zod';
import { teamEventTypes } from '../team/model';
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

export const teamTimelineRequestSchema = z.object({ code: z.string().min(1).max(400) });
export const teamTimelineEntrySchema = z.object({
  type: z.enum(teamEventTypes),
  at: z.number(),
  /** The teammate's name (their member id if the entry named none). */
  by: z.string().max(100),
  account: z.string().max(40).optional(),
  reason: z.string().max(2000).optional(),
});
export const teamTimelineResponseSchema = z.object({ entries: z.array(teamTimelineEntrySchema) });

/** One row of the team server's audit trail, as far as the dashboard shows it. */
export const auditRowSchema = z.object({
  memberName: z.string().max(200),
  at: z.number(),
  code: z.string().max(2000),
  change: z.string().max(100),
});

export const teamAuditRequestSchema = z.object({});
export const teamAuditResponseSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    rows: z.array(auditRowSchema),
  }),
  z.object({ ok: z.literal(false), message: z.string().regex(/^team_[A-Za-z]{1,40}$/) }),
]);
