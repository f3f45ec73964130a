interface EventLike<Listener> {
  addListener(listener: Listener): void;
}

/** The slice of the extension API the refresh needs; `browser` from WXT fits it. */
export interface PerformanceAlarmApi {
  alarms: {
    get(name: string): Promise<unknown>;
    create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): unknown;
    onAlarm: EventLike<(alarm: { name: string }) => void>;
  };
}

export const PERFORMANCE_ALARM = 'performance-refresh';
/**
 * How often the alarm looks; each account is read only when its figures are due (hours apart,
 * lib/live/performance-refresh.ts), so most ticks ask TikTok nothing.
 */
export const PERFORMANCE_ALARM_MINUTES = 60;
/** Leaves the browser's start to the pages the buyer opens. */
const FIRST_RUN_DELAY_MINUTES = 5;

/**
 * Schedules the background read of ad performance. The listener is added synchronously: a
 * service worker woken by the alarm only delivers it to listeners added on its first turn.
 */
export function startPerformanceRefresh(
  api: PerformanceAlarmApi,
  refresh: () => Promise<unknown>,
): void {
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== PERFORMANCE_ALARM) return;
    void refresh().catch((error: unknown) => console.error('Reading ad performance failed', error));
  });
  // Creating an alarm that exists restarts its period, and the worker starts often.
  void api.alarms.get(PERFORMANCE_ALARM).then((existing) => {
    if (!existing) {
      api.alarms.create(PERFORMANCE_ALARM, {
        delayInMinutes: FIRST_RUN_DELAY_MINUTES,
        periodInMinutes: PERFORMANCE_ALARM_MINUTES,
      });
    }
  });
}
