import type { ReactNode } from 'react';
import type { CodeRecord } from '../../lib/records/schema';
import { atHandle } from '../../lib/lifecycle/renewal';
import type { Translate } from '../../lib/translate';
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

/** The headers over CodeCells, and the last, unlabelled column for each row's buttons. */
export function CodeColumns({ t, children }: { t: Translate; children: ReactNode }) {
  return (
    <tr>
      <th scope="col">{t('column_code')}</th>
      <th scope="col">{t('column_creator')}</th>
      <th scope="col">{t('column_post')}</th>
      <th scope="col">{t('column_account')}</th>
      {children}
      <th scope="col">
        <span className="visually-hidden">{t('column_actions')}</span>
      </th>
    </tr>
  );
}
