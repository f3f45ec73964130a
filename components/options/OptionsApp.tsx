import { useEffect, useState, type ReactNode } from 'react';
import type { Settings } from '../../lib/settings/schema';
import { AccountsSection } from './AccountsSection';
import { PreferencesSection } from './PreferencesSection';
import type { OptionsServices } from './services';
import { StorageSection } from './StorageSection';
import { TokenSection } from './TokenSection';
import './options.css';

interface Props {
  services: OptionsServices;
  /** Extra sections other features contribute (e.g. the renewal message template). */
  children?: ReactNode;
}

export function OptionsApp({ services, children }: Props) {
  const [settings, setSettings] = useState<Settings | undefined>();
  useEffect(() => {
    void services.getSettings().then(setSettings);
  }, [services]);

  return (
    <main className="options">
      <h1>Spark Preflight options</h1>
      <TokenSection services={services} />
      {settings ? (
        <>
          <AccountsSection services={services} settings={settings} onChange={setSettings} />
          <PreferencesSection services={services} settings={settings} onChange={setSettings} />
        </>
      ) : (
        <p>Loading settings…</p>
      )}
      {children}
      <StorageSection services={services} />
    </main>
  );
}
