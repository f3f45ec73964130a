import type { AccountOption } from '../../lib/inventory/accounts';
import {
  durationChoices,
  type DetailsErrors,
  type DetailsField,
  type DetailsForm,
} from '../../lib/inventory/details-form';

interface Props {
  form: DetailsForm;
  errors: DetailsErrors;
  onChange(field: DetailsField, value: string): void;
  accounts: readonly AccountOption[];
  /** Makes ids unique when several forms are on screen (the add form and a row being edited). */
  idPrefix: string;
  disabled?: boolean;
}

interface FieldProps {
  field: DetailsField;
  label: string;
  hint?: string;
  type?: 'text' | 'date' | 'url';
  placeholder?: string;
  maxLength?: number;
  list?: string;
  autoComplete?: string;
}

/** The details a buyer records about codes, shared by the add form and the inline editor. */
export function DetailsFields({ form, errors, onChange, accounts, idPrefix, disabled }: Props) {
  const id = (field: string) => `${idPrefix}-${field}`;
  const describedBy = (field: DetailsField, hint?: string) =>
    [hint ? id(`${field}-hint`) : '', errors[field] ? id(`${field}-error`) : '']
      .filter(Boolean)
      .join(' ') || undefined;

  const message = (field: DetailsField, hint?: string) => (
    <>
      {hint && (
        <span className="hint" id={id(`${field}-hint`)}>
          {hint}
        </span>
      )}
      {errors[field] && (
        <span className="field-error" id={id(`${field}-error`)}>
          {errors[field]}
        </span>
      )}
    </>
  );

  const input = ({ field, label, hint, type = 'text', ...rest }: FieldProps) => (
    <div className="field" key={field}>
      <label htmlFor={id(field)}>{label}</label>
      <input
        id={id(field)}
        type={type}
        value={form[field]}
        disabled={disabled}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={describedBy(field, hint)}
        onChange={(e) => onChange(field, e.target.value)}
        {...rest}
      />
      {message(field, hint)}
    </div>
  );

  return (
    <div className="details-grid">
      {input({
        field: 'creatorHandle',
        label: 'Creator handle',
        placeholder: '@creator',
        autoComplete: 'off',
      })}
      {input({
        field: 'expectedPost',
        label: 'Expected post URL',
        placeholder: 'https://www.tiktok.com/@creator/video/…',
        autoComplete: 'off',
      })}
      {input({
        field: 'creatorRegion',
        label: 'Creator region',
        placeholder: 'US',
        maxLength: 2,
        autoComplete: 'off',
      })}
      {input({
        field: 'adAccountId',
        label: 'Ad account',
        placeholder: 'Advertiser id',
        list: id('accounts'),
        autoComplete: 'off',
      })}
      <datalist id={id('accounts')}>
        {accounts.map((a) => (
          <option key={a.id} value={a.id}>
            {a.label}
          </option>
        ))}
      </datalist>
      <div className="field">
        <label htmlFor={id('duration')}>Duration</label>
        <select
          id={id('duration')}
          value={form.duration}
          disabled={disabled}
          aria-invalid={errors.duration ? true : undefined}
          aria-describedby={describedBy('duration')}
          onChange={(e) => onChange('duration', e.target.value)}
        >
          {durationChoices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
        {message('duration')}
      </div>
      {input({
        field: 'receivedOn',
        label: 'Received on',
        type: 'date',
        hint: 'Blank means today.',
      })}
      {input({
        field: 'expiresOn',
        label: 'Expiry date',
        type: 'date',
        hint: 'Wins over the duration.',
      })}
      {input({ field: 'campaignEndsOn', label: 'Campaign end date', type: 'date' })}
    </div>
  );
}
