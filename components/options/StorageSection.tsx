import { useEffect, useId, useState } from 'react';
import type { OptionsServices } from './services';
import { t } from '../common/i18n';

/** Message names of what each answer from the browser means for the buyer. */
const explanations = {
  persisted: 'storage_persisted',
  'best-effort': 'storage_bestEffort',
  unsupported: 'storage_unsupported',
} as const;

export function StorageSection({ services }: { services: OptionsServices }) {
  const [state, setState] = useState<keyof typeof explanations | undefined>();
  const id = useId();
  useEffect(() => {
    void services
      .persistStorage()
      .catch(() => 'unsupported' as const)
      .then(setState);
  }, [services]);
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('storage_title')}</h2>
      <p data-testid="storage-state">{t(state ? explanations[state] : 'storage_checking')}</p>
    </section>
  );
}
