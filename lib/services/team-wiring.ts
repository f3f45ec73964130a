/**
 * Starts the team workspace in the background. Chrome keeps a service worker's WebSocket open
 * only while messages flow, so sync does not count on the worker living: it runs when the worker
 * starts, when a page asks (`teamSync`), on an alarm every minute, and soon after any write to
 * the local history, from whichever page made it.
 */
import { liveQuery } from 'dexie';
import type { SparkDatabase } from '../db/database';
import { lastEventId } from '../db/team';
import type { PerformanceAlarmApi } from '../live/performance-alarm';
import type { TeamSync } from './team-sync';

export const TEAM_ALARM = 'team-sync';
const TEAM_ALARM_MINUTES = 1;

export function startTeamSync(api: PerformanceAlarmApi, db: SparkDatabase, team: TeamSync): void {
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_ALARM) void team.start().catch(() => undefined);
  });
  void api.alarms.get(TEAM_ALARM).then((existing) => {
    if (!existing) api.alarms.create(TEAM_ALARM, { periodInMinutes: TEAM_ALARM_MINUTES });
  });
  void team.start().catch(() => undefined);
  // Dexie tells every context of the extension about writes made in any other.
  liveQuery(() => lastEventId(db)).subscribe({
    next: () => team.localChanged(),
    error: () => undefined,
  });
}
