import type { AccountOption } from '../../lib/inventory/accounts';
import {
  durationChoices,
  type DetailsErrors,
  type DetailsField,
  type DetailsForm,
} from '../../lib/inventory/details-form';
import { t } from '../common/i18n';

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
          {t(errors[field])}
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
        label: t('details_creator'),
        placeholder: t('details_creatorExample'),
        autoComplete: 'off',
      })}
      {input({
        field: 'expectedPost',
        label: t('details_post'),
        placeholder: t('details_postExample'),
        autoComplete: 'off',
      })}
      {input({
        field: 'creatorRegion',
        label: t('details_region'),
        placeholder: t('details_regionExample'),
        maxLength: 2,
        autoComplete: 'off',
      })}
      {input({
        field: 'adAccountId',
        label: t('details_account'),
        placeholder: t('details_accountExample'),
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
        <label htmlFor={id('duration')}>{t('details_duration')}</label>
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
              {t(c.label)}
            </option>
          ))}
        </select>
        {message('duration')}
      </div>
      {input({
        field: 'receivedOn',
        label: t('details_receivedOn'),
        type: 'date',
        hint: t('details_receivedOnHint'),
      })}
      {input({
        field: 'expiresOn',
        label: t('details_expiresOn'),
        type: 'date',
        hint: t('details_expiresOnHint'),
      })}
      {input({
        field: 'campaignEndsOn',
        label: t('details_campaignEndsOn'),
        type: 'date',
      })}
    </div>
  );
}
