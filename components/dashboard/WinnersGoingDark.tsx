import { useId, useState } from 'react';
import type { StoredPerformance } from '../../lib/db/performance';
import { formatLastDay } from '../../lib/lifecycle/calendar';
import { atHandle, type RenewalItem } from '../../lib/lifecycle/renewal';
import { reasonText, roasText, spendText, type FigureText } from '../../lib/inventory/figures-text';
import { groupByCurrency, type Winner, type WinnerGroup } from '../../lib/inventory/winners';
import type { CodeRecord } from '../../lib/records/schema';
import { accountById, type Settings } from '../../lib/settings/schema';
import { CodeCells, CodeColumns } from './CodeCells';
import { shortCode } from './format';
import { useServices } from './services';

/** The rows worth reading; the rest are counted. */
const ROW_LIMIT = 50;
/** How many winners get their renewal message offered first, above the table. */
const RENEW_FIRST = 3;

interface Props {
  /** Ranked (lib/inventory/winners.ts). */
  winners: readonly Winner[];
  settings: Settings;
  timeZone: string;
  performance: StoredPerformance | undefined;
  stars: ReadonlySet<string>;
  onCopy: (items: readonly RenewalItem[]) => void;
}

function Figure({ figure }: { figure: FigureText }) {
  if (figure.kind !== 'unknown') return <>{figure.text}</>;
  return (
    <span className="figure-unknown">
      {figure.text} <span className="hint">{figure.reason}</span>
    </span>
  );
}

const renewalOf = (winner: Winner): RenewalItem => ({ ...winner.record, expiresAt: winner.endsAt });

interface TableProps {
  group: WinnerGroup;
  /** Several groups: each says which currency it ranks. */
  titled: boolean;
  /** Whether to show the spend and ROAS columns. */
  figures: boolean;
  settings: Settings;
  timeZone: string;
  performance: StoredPerformance | undefined;
  stars: ReadonlySet<string>;
  onCopy: (items: readonly RenewalItem[]) => void;
}

/** One ranked list: the spends of one currency, or the codes without figures. */
function WinnersTable({
  group,
  titled,
  figures,
  settings,
  timeZone,
  performance,
  stars,
  onCopy,
}: TableProps) {
  const { t, locale } = useServices();
  const captionId = useId();
  const title = !titled
    ? t('winners_title')
    : group.hasFigures
      ? t('winners_groupCurrency', [group.currency ?? t('winners_noCurrency')])
      : t('winners_groupNoFigures');
  const byCode = performance?.byCode;
  return (
    <>
      <table className="codes winners" aria-labelledby={captionId} data-testid="winners-table">
        <caption id={captionId} className={titled ? 'group-caption' : 'visually-hidden'}>
          {title}
        </caption>
        <thead>
          <CodeColumns t={t}>
            {figures && (
              <>
                <th scope="col">{t('column_spend7')}</th>
                <th scope="col">{t('column_spend30')}</th>
                <th scope="col">{t('column_roas')}</th>
              </>
            )}
            <th scope="col">{t('column_lastDay')}</th>
          </CodeColumns>
        </thead>
        <tbody>
          {group.winners.slice(0, ROW_LIMIT).map((winner) => {
            const row = byCode?.get(winner.record.code);
            return (
              <tr key={winner.record.code}>
                <CodeCells record={winner.record} settings={settings} />
                {figures && (
                  <>
                    <td className="figure">
                      <Figure figure={spendText(row, 'days7', t, locale)} />
                    </td>
                    <td className="figure">
                      <Figure figure={spendText(row, 'days30', t, locale)} />
                    </td>
                    <td className="figure">
                      <Figure figure={roasText(row, t, locale)} />
                    </td>
                  </>
                )}
                <td>
                  {formatLastDay(winner.endsAt, timeZone, locale)}
                  {stars.has(winner.record.code) && (
                    <span className="hint"> · {t('winners_starred')}</span>
                  )}
                </td>
                <td>
                  <button type="button" onClick={() => onCopy([renewalOf(winner)])}>
                    {t('renewal_copy')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {group.winners.length > ROW_LIMIT && (
        <p className="hint">{t('winners_more', [group.winners.length - ROW_LIMIT])}</p>
      )}
    </>
  );
}

/**
 * Applied codes that stop running soon, ranked by what their post earns: the dashboard's answer
 * to "which renewal matters most". With a token the figures come from the background's reads;
 * without one, the buyer's stars rank them.
 */
export function WinnersGoingDark({
  winners,
  settings,
  timeZone,
  performance,
  stars,
  onCopy,
}: Props) {
  const { t, locale, refreshPerformance } = useServices();
  const renewId = useId();
  const canRefresh = Boolean(refreshPerformance) && settings.accounts.length > 0;
  const [refresh, setRefresh] = useState<{ busy: boolean; text?: string; ok?: boolean }>({
    busy: false,
  });
  const byCode = performance?.byCode;
  const groups = groupByCurrency(winners);
  // The top earners of each currency, then the top starred codes without figures.
  const renewFirst = groups.flatMap((group) =>
    group.winners
      .filter((w) =>
        group.hasFigures ? (w.performance?.spend ?? 0) > 0 : stars.has(w.record.code),
      )
      .slice(0, RENEW_FIRST),
  );
  const who = (record: CodeRecord) =>
    record.creatorHandle ? atHandle(record.creatorHandle) : shortCode(record.code);
  const accountName = (id: string) => accountById(settings, id)?.name ?? id;
  const runs = [...(performance?.runs.values() ?? [])].filter((run) =>
    settings.accounts.some((a) => a.id === run.advertiserId),
  );
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });

  const onRefresh = async () => {
    if (!refreshPerformance) return;
    setRefresh({ busy: true, text: t('winners_refreshing') });
    try {
      const answer = await refreshPerformance();
      if (!answer.ok) {
        setRefresh({
          busy: false,
          ok: false,
          text: t('winners_refreshProblem', [answer.message, answer.fix]),
        });
        return;
      }
      const count = (outcome: string) =>
        answer.accounts.filter((a) => a.outcome === outcome).length;
      const [read, failed] = [count('read'), count('failed')];
      const recentOnly = read + failed === 0 && answer.accounts.length > 0;
      const said = [
        recentOnly ? t('winners_refreshRecent') : t('winners_refreshed', read, [read]),
        failed > 0 ? t('winners_refreshFailedSome', failed, [failed]) : '',
      ];
      setRefresh({ busy: false, ok: failed === 0, text: said.filter(Boolean).join(' ') });
    } catch (error) {
      setRefresh({
        busy: false,
        ok: false,
        text: t('winners_refreshProblem', [String((error as Error)?.message ?? error), '']),
      });
    }
  };

  return (
    <>
      <p className="hint">{t('winners_intro')}</p>
      <div className={canRefresh || refresh.text ? 'winners-tools' : undefined}>
        {canRefresh && (
          <button type="button" disabled={refresh.busy} onClick={() => void onRefresh()}>
            {t('winners_refresh')}
          </button>
        )}
        <span role="status" aria-live="polite" className={refresh.ok === false ? 'error' : ''}>
          {refresh.text ?? ''}
        </span>
      </div>
      {runs.length === 0 ? (
        <p className="hint">{t('winners_noToken')}</p>
      ) : (
        <ul className="winners-runs" data-testid="winners-runs">
          {runs.map((run) => (
            <li key={run.advertiserId}>
              {run.ok || !run.reason
                ? t('winners_readAt', [accountName(run.advertiserId), dateTime.format(run.readAt)])
                : t('winners_accountFailed', [
                    accountName(run.advertiserId),
                    reasonText(run.reason, t),
                  ])}
            </li>
          ))}
        </ul>
      )}
      {winners.length === 0 ? (
        <p className="empty">{t('winners_nothing')}</p>
      ) : (
        <>
          {renewFirst.length > 0 && (
            <div className="renew-first">
              <h3 id={renewId}>{t('winners_renewFirst')}</h3>
              <ol aria-labelledby={renewId}>
                {renewFirst.map((winner) => {
                  const spend = spendText(byCode?.get(winner.record.code), 'days7', t, locale);
                  const earned =
                    spend.kind === 'amount'
                      ? t('winners_spentIn7', [spend.text])
                      : t('winners_starred');
                  return (
                    <li key={winner.record.code}>
                      <button
                        type="button"
                        aria-label={t('winners_copyRenewalFor', [who(winner.record)])}
                        onClick={() => onCopy([renewalOf(winner)])}
                      >
                        {t('renewal_copy')}
                      </button>{' '}
                      <span>
                        {t('winners_topLine', [
                          who(winner.record),
                          earned,
                          formatLastDay(winner.endsAt, timeZone, locale),
                        ])}
                      </span>
                    </li>
                  );
                })}
              </ol>
            </div>
          )}
          {groups.map((group) => (
            <WinnersTable
              key={group.hasFigures ? `in-${group.currency ?? ''}` : 'none'}
              group={group}
              titled={groups.length > 1}
              // Nothing was ever read (no token): the figure columns would only say so per row.
              figures={runs.length > 0}
              settings={settings}
              timeZone={timeZone}
              performance={performance}
              stars={stars}
              onCopy={onCopy}
            />
          ))}
        </>
      )}
    </>
  );
}
