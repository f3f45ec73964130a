import { z } from 'zod';

/**
 * A team id is part of every document name and URL path, so it is kept to lower-case letters,
 * digits and dashes: nothing that needs escaping and nothing that could smuggle a `/`.
 */
export const teamIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Use 1-40 lower-case letters, digits or dashes for a team');
export type TeamId = z.infer<typeof teamIdSchema>;

export const teamRoles = ['admin', 'buyer', 'viewer'] as const;
export const teamRoleSchema = z.enum(teamRoles);
export type TeamRole = z.infer<typeof teamRoleSchema>;

/** The documents a team has; one shared inventory today, room for more without renaming. */
export const teamDocumentKinds = ['inventory'] as const;
export type TeamDocumentKind = (typeof teamDocumentKinds)[number];

const DOCUMENT_NAME = /^team\/([^/]+)\/([^/]+)$/;

export function teamDocumentName(team: TeamId, kind: TeamDocumentKind = 'inventory'): string {
  return `team/${team}/${kind}`;
}

/** Splits `team/<team>/<kind>`; anything else (another shape, an unknown kind) is undefined. */
export function parseTeamDocumentName(
  name: string,
): { team: TeamId; kind: TeamDocumentKind } | undefined {
  const match = DOCUMENT_NAME.exec(name);
  if (!match) return undefined;
  const team = teamIdSchema.safeParse(match[1]);
  const kind = teamDocumentKinds.find((known) => known === match[2]);
  return team.success && kind ? { team: team.data, kind } : undefined;
}
