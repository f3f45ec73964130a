import { fieldErrorName } from './field-error';
import { codeDetailsSchema, type CodeDetails, type CodeRecord } from '../records/schema';

/** What the details inputs hold: always strings, '' for blank. */
export interface DetailsForm {
  creatorHandle: string;
  expectedPost: string;
  creatorRegion: string;
  adAccountId: string;
  receivedOn: string;
  /** '' (not given), a number of days as text, or 'none' for no expiry. */
  duration: string;
  expiresOn: string;
  campaignEndsOn: string;
  notes: string;
}
export type DetailsField = keyof DetailsForm;
export type DetailsErrors = Partial<Record<DetailsField, string>>;

export const emptyDetailsForm: DetailsForm = {
  creatorHandle: '',
  expectedPost: '',
  creatorRegion: '',
  adAccountId: '',
  receivedOn: '',
  duration: '',
  expiresOn: '',
  campaignEndsOn: '',
  notes: '',
};

/** The windows creators can pick in TikTok. */
export const durationChoices = [
  { value: '', label: 'details_durationUnsure' },
  { value: '7', label: 'details_duration7' },
  { value: '30', label: 'details_duration30' },
  { value: '60', label: 'details_duration60' },
  { value: '365', label: 'details_duration365' },
  { value: 'none', label: 'details_durationNone' },
] as const;

const ACCOUNT_ID = /^\d{1,30}$/;

function durationValue(text: string): CodeDetails['duration'] | string {
  if (text === 'none') return 'none';
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** Turns the inputs into typed details, or says which field is wrong and how to fix it. */
export function readDetailsForm(
  form: DetailsForm,
):
  | { ok: true; details: Partial<Record<keyof CodeDetails, unknown>> }
  | { ok: false; errors: DetailsErrors } {
  const errors: DetailsErrors = {};
  const values: Partial<Record<keyof CodeDetails, unknown>> = {};
  for (const [field, raw] of Object.entries(form) as [DetailsField, string][]) {
    let text = raw.trim();
    if (field === 'creatorHandle') text = text.replace(/^@+/, '');
    if (text === '') continue;
    if (field === 'adAccountId' && !ACCOUNT_ID.test(text)) {
      errors.adAccountId = 'details_errorAccount';
      continue;
    }
    values[field] = field === 'duration' ? durationValue(text) : text;
  }
  const parsed = codeDetailsSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as DetailsField | undefined;
      if (field && !errors[field]) errors[field] = fieldErrorName(issue);
    }
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, details: values };
}

/** Typed details for a new lot of codes. */
export function detailsFromForm(
  form: DetailsForm,
): { ok: true; details: CodeDetails } | { ok: false; errors: DetailsErrors } {
  const read = readDetailsForm(form);
  return read.ok ? { ok: true, details: codeDetailsSchema.parse(read.details) } : read;
}

export function formFromRecord(record: CodeRecord): DetailsForm {
  const text = (value: string | number | undefined) => (value === undefined ? '' : String(value));
  return {
    creatorHandle: text(record.creatorHandle),
    expectedPost: text(record.expectedPost),
    creatorRegion: text(record.creatorRegion),
    adAccountId: text(record.adAccountId),
    receivedOn: text(record.receivedOn),
    duration: text(record.duration),
    expiresOn: text(record.expiresOn),
    campaignEndsOn: text(record.campaignEndsOn),
    notes: text(record.notes),
  };
}

/**
 * The edit to send to `updateDetails`: only fields that changed, with '' for a field the buyer
 * cleared (the repository's way of saying "remove it").
 */
export function patchFromForm(
  form: DetailsForm,
  before: DetailsForm,
):
  | { ok: true; patch: Partial<Record<keyof CodeDetails, string | number | undefined>> }
  | { ok: false; errors: DetailsErrors } {
  const read = readDetailsForm(form);
  if (!read.ok) return read;
  const patch: Partial<Record<keyof CodeDetails, string | number | undefined>> = {};
  for (const field of Object.keys(form) as DetailsField[]) {
    if (form[field].trim() === before[field].trim()) continue;
    const value = read.details[field];
    patch[field] = value === undefined ? '' : (value as string | number);
  }
  return { ok: true, patch };
}
