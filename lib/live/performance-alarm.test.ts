import { describe, expect, it, vi } from 'vitest';
import {
  PERFORMANCE_ALARM,
  PERFORMANCE_ALARM_MINUTES,
  startPerformanceRefresh,
  type PerformanceAlarmApi,
} from './performance-alarm';

function fakeAlarms(existing: unknown) {
  const listeners: ((alarm: { name: string }) => void)[] = [];
  const api = {
    alarms: {
      get: vi.fn(async () => existing),
      create: vi.fn(),
      onAlarm: { addListener: (l: (alarm: { name: string }) => void) => listeners.push(l) },
    },
  } satisfies PerformanceAlarmApi;
  return { api, fire: (name: string) => listeners.forEach((l) => l({ name })) };
}

describe('startPerformanceRefresh', () => {
  it('reads on its own alarm only, and creates the alarm when it is missing', async () => {
    const { api, fire } = fakeAlarms(undefined);
    const refresh = vi.fn(async () => undefined);
    startPerformanceRefresh(api, refresh);
    fire('lifecycle-alerts');
    expect(refresh).not.toHaveBeenCalled();
    fire(PERFORMANCE_ALARM);
    expect(refresh).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(api.alarms.create).toHaveBeenCalled());
    expect(api.alarms.create).toHaveBeenCalledWith(
      PERFORMANCE_ALARM,
      expect.objectContaining({ periodInMinutes: PERFORMANCE_ALARM_MINUTES }),
    );
  });

  it('leaves an existing alarm alone, so a restarting worker does not push it back', async () => {
    const { api } = fakeAlarms({ name: PERFORMANCE_ALARM });
    startPerformanceRefresh(api, async () => undefined);
    await vi.waitFor(() => expect(api.alarms.get).toHaveBeenCalled());
    await Promise.resolve();
    expect(api.alarms.create).not.toHaveBeenCalled();
  });
});
