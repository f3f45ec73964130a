import { useId, useMemo, useState } from 'react';
import { planBatches } from '../../lib/batches/index';
import { accountLabel } from '../../lib/inventory/accounts';
import {
  batchStatus,
  copiedBatches,
  numberBatches,
  plannable,
  usableCodes,
} from '../../lib/inventory/batch-plan';
import { TeammateClaims } from './TeammateClaims';
import type { Settings } from '../../lib/settings/schema';
import { rankingFigures } from '../../lib/records/performance';
import { BatchCard } from './BatchCard';
import { BatchList } from './BatchList';
import type { Earnings } from './use-earnings';
import { SyncAppliedButton } from './SyncAppliedButton';
import type { Inventory } from './use-inventory';
import { useServices } from './services';
import { useUi } from './use-ui';
import { num, t } from '../common/i18n';

interface Props {
  inventory: Inventory;
  settings: Settings;
  now: number;
  /** Read once by the popup for every tab, so switching tabs reads and rebuilds nothing. */
  earnings: Earnings;
}

export function BatchesPanel({ inventory, settings, now, earnings }: Props) {
  const { ui, clock, openOptions } = useServices();
  const plan = useUi((s) => s.plan);
  const timeZone = clock.timeZone;
  const orderId = useId();
  const [order, setOrder] = useState<'expiry' | 'spend'>('expiry');
  const { performance, starred } = earnings;
  const planIds = useMemo(() => new Set(plan?.batches.map((b) => b.id)), [plan]);
  const earlier = useMemo(
    () => copiedBatches(inventory.records, planIds),
    [inventory.records, planIds],
  );

  function planNow() {
    const at = clock.now();
    const batches = planBatches(plannable(inventory.records, at), {
      size: settings.batchSize,
      now: at,
      timeZone: clock.timeZone,
      order,
      earnings: (code) => ({
        figures: rankingFigures(performance?.get(code)),
        starred: starred?.has(code) ?? false,
      }),
    });
    ui.getState().setPlan({
      plannedAt: at,
      batchSize: settings.batchSize,
      batches: numberBatches(batches, at),
    });
  }

  const planned = plan?.batches.reduce((sum, b) => sum + b.codes.length, 0) ?? 0;
  // Worked out per card drawn: the list draws only the cards in view.
  const card = (batch: Parameters<typeof BatchCard>[0]['batch'], label: string) => (
    <BatchCard
      batch={batch}
      label={label}
      status={batchStatus(batch, inventory.byCode, now, timeZone)}
      usable={usableCodes(batch.codes, inventory.byCode, now, timeZone)}
      accountText={accountLabel(batch.adAccountId, settings.accounts) ?? t('toolbar_noAccount')}
      now={now}
      timeZone={timeZone}
    />
  );

  return (
    <div className="batches-panel">
      <div className="actions-row">
        <button type="button" className="primary" onClick={planNow}>
          {plan ? t('batches_planAgain') : t('batches_plan')}
        </button>
        <label htmlFor={orderId}>{t('batches_order')}</label>
        <select
          id={orderId}
          value={order}
          onChange={(e) => setOrder(e.target.value === 'spend' ? 'spend' : 'expiry')}
        >
          <option value="expiry">{t('batches_orderExpiry')}</option>
          <option value="spend">{t('batches_orderSpend')}</option>
        </select>
        <span className="hint">
          {t(order === 'spend' ? 'batches_hintSpend' : 'batches_hint', [num(settings.batchSize)])}{' '}
          {openOptions && (
            <button type="button" className="link-button" onClick={openOptions}>
              {t('batches_changeSize')}
            </button>
          )}
        </span>
      </div>
      <SyncAppliedButton accounts={settings.accounts} />
      <TeammateClaims records={inventory.records} accounts={settings.accounts} now={now} />
      {earlier.length > 0 && (
        <section aria-labelledby="copied-batches-heading">
          <h2 id="copied-batches-heading">{t('batches_copiedTitle')}</h2>
          <BatchList
            batches={earlier}
            labelledBy="copied-batches-heading"
            card={(batch, i) => card(batch, t('batches_copiedLabel', [num(i + 1)]))}
          />
        </section>
      )}
      {plan && (
        <section aria-labelledby="planned-batches-heading">
          <h2 id="planned-batches-heading">{t('batches_plannedTitle')}</h2>
          <p role="status">
            {plan.batches.length === 0
              ? t('batches_none')
              : t('batches_summary', plan.batches.length, [
                  t('batch_codes', planned, [num(planned)]),
                  num(plan.batches.length),
                ])}
          </p>
          <BatchList
            batches={plan.batches}
            labelledBy="planned-batches-heading"
            card={(batch, i) => card(batch, t('batches_label', [num(i + 1)]))}
          />
        </section>
      )}
    </div>
  );
}
