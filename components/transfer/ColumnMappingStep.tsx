import { useId, useState } from 'react';
import type { DayMonthOrder } from '../../lib/transfer/cells';
import type { ColumnMapping } from '../../lib/transfer/column-guess';
import type { CsvHead } from '../../lib/transfer/csv-reader';
import { IMPORT_FIELDS, type ImportField } from '../../lib/transfer/fields';
import { useServices } from '../dashboard/services';
import { EncodingLine } from './EncodingLine';

interface Props {
  fileName: string;
  head: CsvHead;
  guess: ColumnMapping;
  columnName: (column: number, hasHeaderRow: boolean) => string;
  onConfirm: (mapping: ColumnMapping) => void;
  onCancel: () => void;
}

const NOT_IN_FILE = '';

/** A sample is there to recognise the column; a huge cell must not stretch the page. */
const SAMPLE_CHARS = 80;
const shortened = (value: string) =>
  value.length > SAMPLE_CHARS ? `${value.slice(0, SAMPLE_CHARS)}…` : value;

/**
 * Shows the guessed column for every field with a sample value, and lets the buyer correct it
 * before a single row is read.
 */
export function ColumnMappingStep({
  fileName,
  head,
  guess,
  columnName,
  onConfirm,
  onCancel,
}: Props) {
  const { t } = useServices();
  const baseId = useId();
  const [mapping, setMapping] = useState(guess);
  const width = Math.max(head.firstRow.length, ...head.samples.map((row) => row.length));
  const firstData = mapping.hasHeaderRow ? head.samples[0] : head.firstRow;

  const choose = (field: ImportField, value: string) => {
    const columns = { ...mapping.columns };
    if (value === NOT_IN_FILE) delete columns[field];
    else columns[field] = Number(value);
    setMapping({ ...mapping, columns });
  };

  return (
    <form
      className="mapping"
      aria-label={t('mapping_title')}
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm(mapping);
      }}
    >
      <h3>{t('mapping_title')}</h3>
      <p className="hint">{t('mapping_intro', [fileName])}</p>
      <EncodingLine encoding={head.encoding} />
      <table className="codes">
        <thead>
          <tr>
            <th scope="col">{t('mapping_field')}</th>
            <th scope="col">{t('mapping_column')}</th>
            <th scope="col">{t('mapping_sample')}</th>
          </tr>
        </thead>
        <tbody>
          {IMPORT_FIELDS.map((field) => {
            const column = mapping.columns[field];
            return (
              <tr key={field}>
                <td>
                  <label htmlFor={`${baseId}-${field}`}>{t(`field_${field}`)}</label>
                </td>
                <td>
                  <select
                    id={`${baseId}-${field}`}
                    value={column === undefined ? NOT_IN_FILE : String(column)}
                    onChange={(e) => choose(field, e.target.value)}
                  >
                    <option value={NOT_IN_FILE}>{t('mapping_notInFile')}</option>
                    {Array.from({ length: width }, (_, i) => (
                      <option key={i} value={String(i)}>
                        {columnName(i, mapping.hasHeaderRow)}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="post">
                  {column === undefined ? '' : shortened(firstData?.[column] ?? '')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="row">
        <label>
          <input
            type="checkbox"
            checked={mapping.hasHeaderRow}
            onChange={(e) => setMapping({ ...mapping, hasHeaderRow: e.target.checked })}
          />{' '}
          {t('mapping_hasHeader')}
        </label>
      </p>
      <p className="row">
        <label htmlFor={`${baseId}-order`}>{t('mapping_dateOrder')}</label>{' '}
        <select
          id={`${baseId}-order`}
          value={mapping.dayMonthOrder}
          onChange={(e) =>
            setMapping({ ...mapping, dayMonthOrder: e.target.value as DayMonthOrder })
          }
        >
          <option value="mdy">{t('mapping_orderMdy')}</option>
          <option value="dmy">{t('mapping_orderDmy')}</option>
        </select>
      </p>
      {mapping.columns.code === undefined && (
        <p role="alert" className="error">
          {t('mapping_needCode')}
        </p>
      )}
      <p className="row">
        <button type="submit" className="primary" disabled={mapping.columns.code === undefined}>
          {t('mapping_continue')}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {t('transfer_cancel')}
        </button>
      </p>
    </form>
  );
}
