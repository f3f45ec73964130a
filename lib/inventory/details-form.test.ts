import { describe, expect, it } from 'vitest';
import { englishMessage } from '../lifecycle/english.testing';
import {
  detailsFromForm,
  emptyDetailsForm,
  formFromRecord,
  patchFromForm,
  type DetailsForm,
} from './details-form';
import { record } from './test-records';

const form = (patch: Partial<DetailsForm>): DetailsForm => ({ ...emptyDetailsForm, ...patch });

describe('detailsFromForm', () => {
  it.each<[string, Partial<DetailsForm>, object]>([
    ['blank form gives no details', {}, {}],
    ['handle loses its @ and spaces', { creatorHandle: '  @maya ' }, { creatorHandle: 'maya' }],
    ['region is upper-cased', { creatorRegion: 'gb' }, { creatorRegion: 'GB' }],
    ['duration in days', { duration: '30' }, { duration: 30 }],
    ['no expiry', { duration: 'none' }, { duration: 'none' }],
    [
      'dates and account pass through',
      { expiresOn: '2026-12-31', campaignEndsOn: '2027-01-15', adAccountId: '7000000000000000001' },
      { expiresOn: '2026-12-31', campaignEndsOn: '2027-01-15', adAccountId: '7000000000000000001' },
    ],
  ])('%s', (_name, patch, expected) => {
    expect(detailsFromForm(form(patch))).toEqual({ ok: true, details: expected });
  });

  it.each<[string, Partial<DetailsForm>, keyof DetailsForm, RegExp]>([
    ['region must be two letters', { creatorRegion: 'USA' }, 'creatorRegion', /two-letter/],
    ['account must be the advertiser id', { adAccountId: 'Brand US' }, 'adAccountId', /aadvid/],
    ['dates must be dates', { expiresOn: '31/12/2026' }, 'expiresOn', /2026-12-31/],
  ])('%s', (_name, patch, field, message) => {
    const result = detailsFromForm(form(patch));
    expect(result.ok).toBe(false);
    // Problems are message names; the English words are what the buyer reads.
    if (!result.ok) expect(englishMessage(result.errors[field] ?? '')).toMatch(message);
  });
});

describe('patchFromForm', () => {
  const stored = record({ creatorHandle: 'maya', duration: 30, creatorRegion: 'US' });
  const before = formFromRecord(stored);

  it('round-trips a record into the form', () => {
    expect(before).toMatchObject({ creatorHandle: 'maya', duration: '30', creatorRegion: 'US' });
  });

  it('sends only what changed, with "" for a cleared field', () => {
    const result = patchFromForm(
      { ...before, creatorHandle: '', duration: '60', expiresOn: '2027-01-01' },
      before,
    );
    expect(result).toEqual({
      ok: true,
      patch: { creatorHandle: '', duration: 60, expiresOn: '2027-01-01' },
    });
  });

  it('sends nothing when nothing changed', () => {
    expect(patchFromForm(before, before)).toEqual({ ok: true, patch: {} });
  });

  it('refuses a bad value', () => {
    expect(patchFromForm({ ...before, creatorRegion: 'Mexico' }, before).ok).toBe(false);
  });
});
