import { useId, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CodeRecord } from '../../lib/records/schema';
import {
  NO_ACCOUNT_KEY,
  OTHER_ACCOUNTS_KEY,
  TIMELINE_DAYS,
  expiryTimeline,
  type TimelineDay,
  type TimelineSeries,
} from '../../lib/lifecycle/timeline';
import { accountById, type Settings } from '../../lib/settings/schema';
import { formatDay } from './format';
import { useServices } from './services';
import { OTHER_COLOUR, SERIES_COLOURS } from './chart-colours';

interface Props {
  records: readonly CodeRecord[];
  settings: Settings;
  now: number;
  timeZone: string;
}

export function ExpiryTimeline({ records, settings, now, timeZone }: Props) {
  const { t, locale } = useServices();
  const summaryId = useId();
  const timeline = useMemo(
    () => expiryTimeline(records, { now, timeZone }),
    [records, now, timeZone],
  );
  const data = useMemo(
    () =>
      timeline.days.map((day) => ({
        ...day.counts,
        label: formatDay(day.day, locale, true),
        fullLabel: formatDay(day.day, locale),
      })),
    [timeline, locale],
  );

  const seriesName = (series: TimelineSeries): string => {
    if (series.key === NO_ACCOUNT_KEY) return t('timeline_noAccount');
    if (series.key === OTHER_ACCOUNTS_KEY) return t('timeline_otherAccounts');
    return accountById(settings, series.accountId)?.name ?? series.accountId ?? '';
  };
  const colourOf = (series: TimelineSeries, index: number) =>
    series.key === OTHER_ACCOUNTS_KEY || series.key === NO_ACCOUNT_KEY
      ? OTHER_COLOUR
      : (SERIES_COLOURS[index % SERIES_COLOURS.length] ?? OTHER_COLOUR);

  const total = timeline.days.reduce((n, d) => n + d.total, 0);
  const busiest = timeline.days.reduce<TimelineDay | undefined>(
    (best, day) => (day.total > (best?.total ?? 0) ? day : best),
    undefined,
  );

  if (total === 0) {
    return <p className="empty">{t('timeline_empty', [TIMELINE_DAYS])}</p>;
  }
  return (
    <figure className="timeline" aria-describedby={summaryId} data-testid="expiry-timeline">
      <div className="chart-box">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={12} />
            <YAxis allowDecimals={false} width={36} />
            <Tooltip labelFormatter={(_, items) => items[0]?.payload?.fullLabel ?? ''} />
            <Legend />
            {timeline.series.map((series, index) => (
              <Bar
                key={series.key}
                dataKey={series.key}
                name={seriesName(series)}
                stackId="codes"
                fill={colourOf(series, index)}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption id={summaryId}>
        {t('timeline_summary', total, [
          total,
          TIMELINE_DAYS,
          busiest ? formatDay(busiest.day, locale) : '',
          busiest?.total ?? 0,
        ])}
      </figcaption>
    </figure>
  );
}
