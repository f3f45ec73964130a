import { useId, useMemo, type ReactNode } from 'react';
import { adsAtRisk } from '../../lib/lifecycle/at-risk';
import { codesNeedingAction } from '../../lib/lifecycle/urgency';
import { winnersGoingDark } from '../../lib/inventory/winners';
import { rankingFigures } from '../../lib/records/performance';
import { TransferPanel } from '../transfer/TransferPanel';
import { AdsAtRisk } from './AdsAtRisk';
import { ExpiryTimeline } from './ExpiryTimeline';
import { useClock, useInventory, usePerformance, useSettings, useStars } from './hooks';
import { NeedsAction } from './NeedsAction';
import { TeamActivity } from './TeamActivity';
import { ServicesProvider, useServices, type DashboardServices } from './services';
import { useRenewalCopy } from './use-renewal';
import { WinnersGoingDark } from './WinnersGoingDark';
import '../common/theme.css';
import './dashboard.css';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Dashboard() {
  const { t } = useServices();
  const inventory = useInventory();
  const settings = useSettings();
  const { now, timeZone } = useClock();
  const records = useMemo(() => inventory?.records ?? [], [inventory]);
  const windowDays = settings?.alertWindowDays ?? 0;
  const urgent = useMemo(
    () => codesNeedingAction(records, { now, timeZone, windowDays }),
    [records, now, timeZone, windowDays],
  );
  const atRisk = useMemo(() => adsAtRisk(records, timeZone), [records, timeZone]);
  const performance = usePerformance();
  const stars = useStars();
  const byCode = performance?.byCode;
  const winners = useMemo(
    () =>
      winnersGoingDark(records, (record) => rankingFigures(byCode?.get(record.code)), {
        now,
        windowDays,
        starred: stars,
        timeZone,
      }),
    [records, byCode, now, windowDays, stars, timeZone],
  );
  const renewal = useRenewalCopy(settings?.renewalTemplate ?? '', now, timeZone);

  if (!inventory || !settings) {
    return (
      <main className="dashboard">
        <p role="status">{t('dashboard_loading')}</p>
      </main>
    );
  }
  return (
    <main className="dashboard">
      <header>
        <h1>{t('dashboard_title')}</h1>
        <p data-testid="dashboard-summary">
          {t('dashboard_summary', [records.length, urgent.length, atRisk.length])}
        </p>
        {inventory.corrupt > 0 && (
          <p role="alert" className="error">
            {t('dashboard_corrupt', inventory.corrupt, [inventory.corrupt])}
          </p>
        )}
      </header>
      <div role="status" className="notice" aria-live="polite">
        {renewal.notice && (
          <p className={renewal.notice.ok ? 'ok' : 'error'}>{renewal.notice.text}</p>
        )}
      </div>
      <Section title={t('timeline_title')}>
        <ExpiryTimeline records={records} settings={settings} now={now} timeZone={timeZone} />
      </Section>
      <Section title={t('winners_titleCount', [winners.length])}>
        <WinnersGoingDark
          winners={winners}
          settings={settings}
          timeZone={timeZone}
          performance={performance}
          stars={stars}
          onCopy={(items) => void renewal.copy(items)}
        />
      </Section>
      <Section title={t('needs_titleCount', [urgent.length])}>
        <NeedsAction
          urgent={urgent}
          settings={settings}
          timeZone={timeZone}
          onCopy={(items, kind) => void renewal.copy(items, kind)}
        />
      </Section>
      <Section title={t('risk_titleCount', [atRisk.length])}>
        <AdsAtRisk
          atRisk={atRisk}
          settings={settings}
          timeZone={timeZone}
          onCopy={(items) => void renewal.copy(items)}
        />
      </Section>
      <TeamActivity />
      <Section title={t('transfer_title')}>
        <TransferPanel records={records} />
      </Section>
    </main>
  );
}

export function DashboardApp({ services }: { services: DashboardServices }) {
  return (
    <ServicesProvider value={services}>
      <Dashboard />
    </ServicesProvider>
  );
}
