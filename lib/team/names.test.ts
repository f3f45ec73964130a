import { describe, expect, it } from 'vitest';
import { parseTeamDocumentName, teamDocumentName } from './names';

describe('team document names', () => {
  it('round-trips a team inventory name', () => {
    expect(teamDocumentName('glowco')).toBe('team/glowco/inventory');
    expect(parseTeamDocumentName('team/glowco/inventory')).toEqual({
      team: 'glowco',
      kind: 'inventory',
    });
  });

  it.each([
    'team/glowco',
    'team/glowco/inventory/extra',
    'team/GlowCo/inventory',
    'team/glowco/secrets',
    'team//inventory',
    'glowco/inventory',
    'team/../inventory',
  ])('refuses %j', (name) => {
    expect(parseTeamDocumentName(name)).toBeUndefined();
  });
});
