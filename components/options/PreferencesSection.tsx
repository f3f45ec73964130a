import { useEffect, useId, useRef, useState } from 'react';
import type { Settings } from '../../lib/settings/schema';
import type { OptionsServices } from './services';
import { num, t } from '../common/i18n';

interface Props {
  services: OptionsServices;
  settings: Settings;
  onChange: (settings: Settings) => void;
}

/** Each setting's range and the message name of its label. */
const limits = {
  batchSize: { min: 1, max: 100, label: 'prefs_batchSize' },
  alertWindowDays: { min: 0, max: 60, label: 'prefs_alertWindow' },
} as const;

type NumericSetting = keyof typeof limits;

export function PreferencesSection({ services, settings, onChange }: Props) {
  const baseId = useId();
  const [error, setError] = useState('');
  /** What the last change saved, said once it is stored. */
  const [saved, setSaved] = useState('');

  async function update(key: NumericSetting, raw: string) {
    const value = Number(raw);
    const { min, max, label } = limits[key];
    if (!Number.isInteger(value) || value < min || value > max) {
      setError(t('prefs_range', [t(label), num(min), num(max)]));
      setSaved('');
      return;
    }
    setError('');
    if (value === settings[key]) return;
    onChange(await services.updateSettings({ [key]: value }));
    setSaved(t('prefs_saved', [t(label), num(value)]));
  }

  return (
    <section aria-labelledby={`${baseId}-title`}>
      <h2 id={`${baseId}-title`}>{t('prefs_title')}</h2>
      {(Object.keys(limits) as NumericSetting[]).map((key) => (
        <p key={key} className="row">
          <label htmlFor={`${baseId}-${key}`}>{t(limits[key].label)}</label>
          <input
            id={`${baseId}-${key}`}
            type="number"
            min={limits[key].min}
            max={limits[key].max}
            defaultValue={settings[key]}
            onBlur={(e) => void update(key, e.target.value)}
          />
        </p>
      ))}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p role="status" aria-live="polite" className="saved">
        {saved}
      </p>
      <PanelOffPages services={services} settings={settings} onChange={onChange} />
    </section>
  );
}

/** Pages where the buyer chose "Off here" in the panel: the way back is here, as nothing is left on the page. */
function PanelOffPages({ services, settings, onChange }: Props) {
  const baseId = useId();
  const paths = settings.panel.disabledPaths;
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const turnedOn = useRef<number | null>(null);

  useEffect(() => {
    const index = turnedOn.current;
    if (index === null) return;
    turnedOn.current = null;
    // The page's line is gone: focus goes to the next page's button, else the heading.
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
    (buttons[Math.min(index, buttons.length - 1)] ?? heading.current)?.focus();
  }, [paths]);
  async function turnOn(path: string) {
    const index = paths.indexOf(path);
    const disabledPaths = paths.filter((p) => p !== path);
    const saved = await services.updateSettings({ panel: { ...settings.panel, disabledPaths } });
    turnedOn.current = index;
    onChange(saved);
  }
  return (
    <>
      <h3 id={`${baseId}-off`} ref={heading} tabIndex={-1}>
        {t('prefs_panelOffTitle')}
      </h3>
      {paths.length === 0 ? (
        <p>{t('prefs_panelOffNone')}</p>
      ) : (
        <ul aria-labelledby={`${baseId}-off`} ref={list}>
          {paths.map((path) => (
            <li key={path} className="row">
              <code>{path}</code>{' '}
              <button
                type="button"
                aria-label={t('prefs_turnOnName', [t('prefs_turnOn'), path])}
                onClick={() => void turnOn(path)}
              >
                {t('prefs_turnOn')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
