import type { CodeRecord } from '../../lib/db/schema';
import { atHandle } from '../../lib/lifecycle/renewal';
import { accountById, type Settings } from '../../lib/settings/schema';
import { shortCode } from './format';

/** The cells every dashboard table starts with, so a code reads the same everywhere. */
export function CodeCells({ record, settings }: { record: CodeRecord; settings: Settings }) {
  const account = accountById(settings, record.adAccountId);
  return (
    <>
      <td>
        <code title={record.code}>{shortCode(record.code)}</code>
      </td>
      <td>{record.creatorHandle ? atHandle(record.creatorHandle) : ''}</td>
      <td className="post">{record.expectedPost ?? ''}</td>
      <td>{account?.name ?? record.adAccountId ?? ''}</td>
    </>
  );
}
