import { t } from '../common/i18n';
import { useServices } from './services';

/** The three things the product does, in the order a buyer meets them. */
const STEPS = ['firstRun_keep', 'firstRun_batches', 'firstRun_panel'] as const;

/**
 * What an empty inventory shows: on the first run, what the extension does and the first thing
 * to do; after every code is gone, the same way back in.
 */
export function FirstRun() {
  const { ui, openOptions } = useServices();
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{t('firstRun_title')}</h2>
      <ol>
        {STEPS.map((step) => (
          <li key={step}>{t(step)}</li>
        ))}
      </ol>
      <p className="first-run__actions">
        <button type="button" className="primary" onClick={() => ui.getState().setTab('add')}>
          {t('inventory_addCodes')}
        </button>
        {openOptions && (
          <button type="button" onClick={openOptions}>
            {t('firstRun_liveChecks')}
          </button>
        )}
      </p>
      <p className="hint">{t('firstRun_offline')}</p>
    </section>
  );
}
