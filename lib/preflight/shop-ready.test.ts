import { describe, it } from 'vitest';
import { shopReadyCheck } from './shop-ready';
import {
  type CheckCase,
  expectCheck,
  facts,
  failure,
  FAULT_REASONS,
  makeRecord,
} from './test-fixtures';

const STORE = '7495000000000000001';
const product = (status: string | undefined, storeId = STORE, name = 'Glow Serum') => ({
  spuId: '1729000000000000001',
  name,
  storeId,
  status,
});
const SHOP = { adAccount: { id: '111', shop: true, shopStoreId: STORE } };
const GMV_HINT = /GMV Max only picks posts with an approved TikTok Shop product link$/;

describe('shopReadyCheck', () => {
  const cases: CheckCase[] = [
    {
      name: 'an approved product link from the account’s store',
      input: { live: facts({ products: [product('CHECK_SUCCESS')] }) },
      context: SHOP,
      status: 'pass',
      message: 'Shop-ready: product link approved (Glow Serum)',
      fix: '',
    },
    {
      name: 'approved, with no store recorded for the account',
      input: { live: facts({ products: [product('CHECK_SUCCESS', '999')] }) },
      status: 'pass',
      message: 'Shop-ready: product link approved (Glow Serum)',
      fix: '',
    },
    {
      name: 'a product link under review',
      input: { live: facts({ products: [product('CHECK_ING')] }) },
      context: SHOP,
      status: 'warn',
      message: 'The product link (Glow Serum) is still under review',
      fix: /^Wait for TikTok's review/,
    },
    {
      name: 'a rejected product link, even beside an approved one',
      input: {
        live: facts({
          products: [product('CHECK_SUCCESS'), product('CHECK_FAILED', STORE, 'Lip Oil')],
        }),
      },
      context: SHOP,
      status: 'fail',
      message: 'TikTok rejected the product link (Lip Oil): GMV Max will not pick it',
      fix: /fix the product link in TikTok Shop/,
    },
    {
      name: 'a product from another store than the one recorded for the account',
      input: { live: facts({ products: [product('CHECK_SUCCESS', '7495000000000000999')] }) },
      context: SHOP,
      status: 'fail',
      message:
        "The product (Glow Serum) is from store 7495000000000000999, not this account's store 7495000000000000001",
      fix: /^Use the ad account of that store/,
    },
    {
      name: 'a product without a name is named by its id',
      input: { live: facts({ products: [{ spuId: '1729', status: 'CHECK_ING' }] }) },
      context: SHOP,
      status: 'warn',
      message: 'The product link (1729) is still under review',
      fix: /^Wait/,
    },
    {
      name: 'a product whose review TikTok did not report',
      input: { live: facts({ products: [product(undefined)] }) },
      context: SHOP,
      status: 'unknown',
      message: 'TikTok did not say whether the product link (Glow Serum) passed review',
      fix: /^Wait/,
    },
    {
      name: 'no product on a Shop account’s post',
      input: { live: facts({ itemId: '7301' }) },
      context: SHOP,
      status: 'fail',
      message: 'No TikTok Shop product on the post: GMV Max will not pick it',
      fix: /add the product link/,
    },
    {
      name: 'no product, and the buyer did not say the account sells through Shop',
      input: { live: facts({ itemId: '7301' }) },
      context: { adAccount: { id: '111' } },
      status: 'pass',
      message: 'No TikTok Shop product on the post; needed only for GMV Max',
      fix: '',
    },
    {
      name: 'an account marked as not a Shop account, whatever TikTok says',
      input: { live: facts({ products: [product('CHECK_FAILED')] }) },
      context: { adAccount: { id: '111', shop: false } },
      status: 'pass',
      message: 'Not needed: this ad account is not a TikTok Shop account',
      fix: '',
    },
    {
      name: 'a post TikTok would not show',
      input: { live: failure('post_unavailable', true) },
      context: SHOP,
      status: 'unknown',
      message: 'Could not see the post: TikTok said post_unavailable',
      fix: '',
    },
    {
      name: 'no live lookup',
      input: { record: makeRecord() },
      context: SHOP,
      status: 'unknown',
      message: 'Not verified live',
      fix: GMV_HINT,
    },
    ...FAULT_REASONS.map((reason) => ({
      name: `a ${reason} fault`,
      input: { live: failure(reason, false) },
      context: SHOP,
      status: 'unknown' as const,
      message: `Not verified live: TikTok said ${reason}`,
      fix: new RegExp(`^Fix for ${reason}\\. `),
    })),
  ];

  it.each(cases)('$name → $status', (row) => expectCheck(shopReadyCheck, 'shop-ready', row));
});
