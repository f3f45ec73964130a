import { useServices } from '../dashboard/services';

/** A labelled progress bar with the percentage in words for screen readers and tests. */
export function ProgressBar({ label, share }: { label: string; share: number }) {
  const { t } = useServices();
  const percent = Math.round(Math.min(1, Math.max(0, share)) * 100);
  return (
    <div className="progress" role="status">
      <label>
        {label}
        <progress max={100} value={percent} />
      </label>
      <span>{t('transfer_percent', [percent])}</span>
    </div>
  );
}
