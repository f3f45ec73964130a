import { useEffect, useId, useState } from 'react';
import type { OptionsServices } from './services';

const explanations = {
  persisted: 'Your inventory is stored persistently: the browser will not clear it to free space.',
  'best-effort':
    'The browser may clear extension data when the disk is nearly full. Export a backup from the dashboard now and then.',
  unsupported: 'This browser cannot promise to keep the inventory. Export a backup now and then.',
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
      <h2 id={id}>Storage</h2>
      <p data-testid="storage-state">{state ? explanations[state] : 'Checking…'}</p>
    </section>
  );
}
