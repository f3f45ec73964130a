import type { TextEncodingName } from '../../lib/transfer/text-encoding';
import { useServices } from '../dashboard/services';

const SAID_AS: Partial<Record<TextEncodingName, string>> = {
  'utf-16le': 'import_readAsUtf16',
  'utf-16be': 'import_readAsUtf16',
  'windows-1252': 'import_readAsWindows1252',
};

/** Says how a file's bytes were read when it was not plain UTF-8, so odd letters have a cause. */
export function EncodingLine({ encoding }: { encoding: TextEncodingName }) {
  const { t } = useServices();
  const key = SAID_AS[encoding];
  if (!key) return null;
  return (
    <p className="hint" data-testid="import-encoding">
      {t(key)}
    </p>
  );
}
