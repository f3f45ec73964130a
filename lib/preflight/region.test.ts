import { describe, it } from 'vitest';
import { regionCheck } from './region';
import {
  type CheckCase,
  expectCheck,
  facts,
  failure,
  FAULT_REASONS,
  makeRecord,
} from './test-fixtures';

const US = { adAccount: { id: '111', country: 'US' } };

describe('regionCheck', () => {
  const cases: CheckCase[] = [
    {
      name: 'creator region matches the account',
      input: { record: makeRecord({ creatorRegion: 'US' }) },
      context: US,
      status: 'pass',
      message: "Matches the ad account's country, United States (US)",
      fix: '',
    },
    {
      name: 'comparison ignores case and spaces',
      input: { record: makeRecord({ creatorRegion: ' us ' }) },
      context: { adAccount: { id: '111', country: 'us' } },
      status: 'pass',
      message: "Matches the ad account's country, United States (US)",
      fix: '',
    },
    {
      name: 'product regions include the account country but the creator region is missing',
      input: { record: makeRecord(), live: facts({ productRegions: ['GB', 'US'] }) },
      context: US,
      status: 'unknown',
      message:
        "Creator's region not recorded; the product is sold in United Kingdom (GB), United States (US)",
      fix: /^Record the creator's country/,
    },
    {
      name: 'product regions include the account country, code not in the inventory',
      input: { live: facts({ productRegions: ['US'] }) },
      context: US,
      status: 'unknown',
      message: "Creator's region not recorded; the product is sold in United States (US)",
      fix: /^Add the code to your inventory with the creator's country$/,
    },
    {
      name: 'creator and product regions both include the account country',
      input: {
        record: makeRecord({ creatorRegion: 'US' }),
        live: facts({ productRegions: ['GB', 'US'] }),
      },
      context: US,
      status: 'pass',
      message: "Matches the ad account's country, United States (US)",
      fix: '',
    },
    {
      name: 'creator in another country',
      input: { record: makeRecord({ creatorRegion: 'FR' }) },
      context: US,
      status: 'fail',
      message: 'The creator is in France (FR) but the ad account is in United States (US)',
      fix: /^Use an ad account for France \(FR\), or a creator from United States \(US\)$/,
    },
    {
      name: 'product sold elsewhere',
      input: { live: facts({ productRegions: ['DE', 'FR'] }) },
      context: US,
      status: 'fail',
      message:
        "The product in this post is sold in Germany (DE), France (FR), not in the ad account's country, United States (US)",
      fix: /^Use an ad account for Germany \(DE\) \/ France \(FR\), or a creator from/,
    },
    {
      name: 'creator matches but the product is sold elsewhere',
      input: {
        record: makeRecord({ creatorRegion: 'US' }),
        live: facts({ productRegions: ['GB'] }),
      },
      context: US,
      status: 'fail',
      message:
        "The product in this post is sold in United Kingdom (GB), not in the ad account's country, United States (US)",
      fix: /ad account for United Kingdom/,
    },
    {
      name: 'blank product regions are left out',
      input: {
        record: makeRecord({ creatorRegion: 'US' }),
        live: facts({ productRegions: [' ', '', 'us '] }),
      },
      context: US,
      status: 'pass',
      message: "Matches the ad account's country, United States (US)",
      fix: '',
    },
    {
      name: 'blank product regions are not listed',
      input: { record: makeRecord(), live: facts({ productRegions: ['', 'US', ' '] }) },
      context: US,
      status: 'unknown',
      message: "Creator's region not recorded; the product is sold in United States (US)",
      fix: /^Record the creator's country/,
    },
    {
      name: 'only blank product regions count as none',
      input: { record: makeRecord(), live: facts({ productRegions: ['  '] }) },
      context: US,
      status: 'unknown',
      message: "Creator's region not recorded",
      fix: /Record the creator's country/,
    },
    {
      name: 'a region code the runtime has no name for is shown as the code',
      input: { record: makeRecord({ creatorRegion: 'AA' }) },
      context: US,
      status: 'fail',
      message: 'The creator is in AA but the ad account is in United States (US)',
      fix: /^Use an ad account for AA, or a creator from United States \(US\)$/,
    },
    {
      name: 'a malformed region code is shown as typed, upper-cased',
      input: { record: makeRecord({ creatorRegion: 'usa' }) },
      context: US,
      status: 'fail',
      message: 'The creator is in USA but the ad account is in United States (US)',
      fix: /^Use an ad account for USA, or/,
    },
    {
      name: 'a blank creator region counts as not recorded',
      input: { record: makeRecord({ creatorRegion: '   ' }) },
      context: US,
      status: 'unknown',
      message: "Creator's region not recorded",
      fix: /Record the creator's country/,
    },
    {
      name: 'a blank account country counts as not recorded',
      input: { record: makeRecord({ creatorRegion: 'US' }) },
      context: { adAccount: { id: '111', country: ' ' } },
      status: 'unknown',
      message: 'The country of ad account 111 is not recorded',
      fix: /Add the ad account with its country in Options/,
    },
    {
      name: 'product regions known, ad account not known',
      input: {
        record: makeRecord({ creatorRegion: 'US' }),
        live: facts({ productRegions: ['US'] }),
      },
      status: 'unknown',
      message: 'Ad account not known, so its country cannot be compared',
      fix: /default ad account in Options/,
    },
    {
      name: 'TikTok verdict about something else does not decide the region',
      input: { record: makeRecord({ creatorRegion: 'US' }), live: failure('revoked', true) },
      context: US,
      status: 'pass',
      message: "Matches the ad account's country, United States (US)",
      fix: '',
    },
    {
      name: 'TikTok says the market is wrong',
      input: { record: makeRecord({ creatorRegion: 'US' }), live: failure('region', true) },
      context: US,
      status: 'fail',
      message: "TikTok says this code can't be used in this ad account's market",
      fix: /Use an ad account for the creator's region, or a creator from the target region/,
    },
    {
      name: 'creator region not recorded',
      input: { record: makeRecord() },
      context: US,
      status: 'unknown',
      message: "Creator's region not recorded",
      fix: /Record the creator's country/,
    },
    {
      name: 'not in the inventory',
      input: {},
      context: US,
      status: 'unknown',
      message: "Creator's region not recorded",
      fix: /Add the code to your inventory with the creator's country/,
    },
    {
      name: 'account country not recorded',
      input: { record: makeRecord({ creatorRegion: 'US' }) },
      context: { adAccount: { id: '111' } },
      status: 'unknown',
      message: 'The country of ad account 111 is not recorded',
      fix: /Add the ad account with its country in Options/,
    },
    {
      name: 'no ad account known',
      input: { record: makeRecord({ creatorRegion: 'US' }) },
      status: 'unknown',
      message: 'Ad account not known, so its country cannot be compared',
      fix: /default ad account in Options/,
    },
    {
      name: 'neither side known',
      input: { record: makeRecord() },
      status: 'unknown',
      message: "Creator's region and the ad account's country are both not known",
      fix: /Record the creator's country/,
    },
    ...FAULT_REASONS.map((reason) => ({
      name: `a ${reason} fault still compares what was recorded`,
      input: { record: makeRecord({ creatorRegion: 'US' }), live: failure(reason, false) },
      context: US,
      status: 'pass' as const,
      message: "Matches the ad account's country, United States (US)",
      fix: '' as const,
    })),
  ];

  it.each(cases)('$name → $status', (row) => expectCheck(regionCheck, 'region', row));
});
