import { useEffect, useState } from 'react';
import type { TeamStatus } from '../../lib/team/membership';
import { num, t } from '../common/i18n';
import { useServices } from './services';

function words(status: TeamStatus): string | undefined {
  const team = status.team ?? '';
  switch (status.state) {
    case 'synced':
      return t('teamBadge_synced', [team, num(status.codes ?? 0)]);
    case 'connecting':
      return t('teamBadge_connecting', [team]);
    case 'offline':
      return t('teamBadge_offline', [team]);
    case 'refused':
      return t(status.reason ?? 'team_refusedToken');
    case 'none':
      return undefined;
  }
}

/** Which team this inventory is shared with and whether it is in step; nothing without a team. */
export function TeamBadge() {
  const { teamStatus, onTeamStatus } = useServices();
  const [status, setStatus] = useState<TeamStatus | undefined>();
  useEffect(() => {
    let live = true;
    void teamStatus?.()
      .then((found) => live && setStatus(found))
      .catch(() => undefined);
    const stop = onTeamStatus?.(setStatus);
    return () => {
      live = false;
      stop?.();
    };
  }, [teamStatus, onTeamStatus]);
  const text = status && words(status);
  if (!text) return null;
  const warn = status.state === 'offline' || status.state === 'refused';
  return (
    <p className={`team-badge${warn ? ' team-badge--warn' : ''}`} data-testid="team-badge">
      {text}
    </p>
  );
}
