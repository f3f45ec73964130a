import { useEffect, useState } from 'react';
import type { Settings } from '../../lib/settings/schema';
import { RenewalTemplateEditor } from '../settings/RenewalTemplateEditor';
import { AccountsSection } from './AccountsSection';
import { PreferencesSection } from './PreferencesSection';
import type { OptionsServices } from './services';
import { StorageSection } from './StorageSection';
import { TeamSection } from './TeamSection';
import { TokenSection } from './TokenSection';
import '../common/theme.css';
import './options.css';
import { t } from '../common/i18n';

export function OptionsApp({ services }: { services: OptionsServices }) {
  const [settings, setSettings] = useState<Settings | undefined>();
  useEffect(() => {
    void services.getSettings().then(setSettings);
  }, [services]);

  return (
    <main className="options">
      <h1>{t('options_title')}</h1>
      <TokenSection services={services} />
      {settings ? (
        <>
          <AccountsSection services={services} settings={settings} onChange={setSettings} />
          <PreferencesSection services={services} settings={settings} onChange={setSettings} />
          <section>
            <RenewalTemplateEditor
              value={settings.renewalTemplate}
              onSave={async (renewalTemplate) =>
                setSettings(await services.updateSettings({ renewalTemplate }))
              }
            />
          </section>
        </>
      ) : (
        <p>{t('options_loading')}</p>
      )}
      <TeamSection services={services} />
      <StorageSection services={services} />
      <footer>
        <p>
          <a href="privacy.html" target="_blank" rel="noreferrer">
            {t('options_privacyLink')}
          </a>
          {t('options_privacySummary')}
        </p>
      </footer>
    </main>
  );
}
