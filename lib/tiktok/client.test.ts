import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTikTokClient, type FetchLike, type TikTokClientOptions } from './client';
import { liveLookupSchema } from './facts';

const TOKEN = 'secret-token-0123456789abcdef';
const ADVERTISER = '7000000000000000001';
const CODE = '#ab+cd/ef==';
const NOW = Date.UTC(2025, 0, 15);

interface SentRequest {
  url: string;
  init: RequestInit;
}

type Reply = Response | (() => Response | Promise<Response>);

/** A fetch double answering from a script and keeping what it was sent. */
function scriptedFetch(...replies: Reply[]) {
  const sent: SentRequest[] = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({ url, init });
    const reply = replies[Math.min(sent.length - 1, replies.length - 1)];
    if (!reply) throw new Error('no reply scripted');
    return typeof reply === 'function' ? reply() : reply.clone();
  };
  return { fetch, sent };
}

function envelope(code: number, data: unknown = {}, message = code === 0 ? 'OK' : 'error') {
  return new Response(JSON.stringify({ code, message, request_id: 'req-1', data }), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });
}

function client(fetch: FetchLike, extra: Partial<TikTokClientOptions> = {}) {
  return createTikTokClient({
    token: TOKEN,
    baseUrl: 'https://api.test/open_api/v1.3/',
    fetch,
    now: () => NOW,
    sleep: async () => undefined,
    random: () => 0.5,
    ...extra,
  });
}

const infoData = {
  item_info: {
    item_id: '7301234567890123456',
    auth_code: CODE,
    text: 'caption',
    status: 'ITEM_STATUS_HESITATE_RECOMMEND',
    item_type: 'VIDEO',
    anchor_list: [
      { product_regions: ['de', 'FR'] },
      { title: 'no regions' },
      { product_regions: ['DE'] },
    ],
    stitch_original_item_id: '',
    duet_original_item_id: '0',
    mentioned_item_ids: ['7290000000000000009'],
  },
  auth_info: {
    ad_auth_status: 'AUTHORIZED',
    auth_start_time: '2025-01-01 00:00:00',
    auth_end_time: '2025-01-31T12:00:00Z',
  },
  user_info: { tiktok_name: 'sunny', identity_type: 'AUTH_CODE' },
  video_info: { poster_url: 'https://example.invalid/p.jpg' },
};

describe('videoInfo request', () => {
  it('percent-encodes the code in the query and sends the token as Access-Token', async () => {
    const { fetch, sent } = scriptedFetch(envelope(0, infoData));
    await client(fetch).videoInfo(ADVERTISER, CODE);
    expect(sent).toHaveLength(1);
    const [request] = sent;
    expect(request?.url).toBe(
      `https://api.test/open_api/v1.3/tt_video/info/?advertiser_id=${ADVERTISER}&auth_code=%23ab%2Bcd%2Fef%3D%3D`,
    );
    expect(request?.init.method).toBe('GET');
    expect(request?.init.headers).toEqual({ 'Access-Token': TOKEN });
  });

  it('sends any base64 code so TikTok receives it unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.base64String({ minLength: 4, maxLength: 88 }), async (body) => {
        const code = `#${body}`;
        const { fetch, sent } = scriptedFetch(envelope(0, infoData));
        await client(fetch).videoInfo(ADVERTISER, code);
        const url = new URL(sent[0]?.url ?? '');
        expect(url.searchParams.get('auth_code')).toBe(code);
        expect(url.search.split('auth_code=')[1]).toBe(encodeURIComponent(code));
      }),
    );
  });
});

describe('videoInfo answers', () => {
  it('flattens item, authorization and creator into facts', async () => {
    const { fetch } = scriptedFetch(envelope(0, infoData));
    const lookup = await client(fetch).videoInfo(ADVERTISER, CODE);
    expect(lookup).toEqual({
      kind: 'facts',
      facts: {
        fetchedAt: NOW,
        itemId: '7301234567890123456',
        caption: 'caption',
        creatorName: 'sunny',
        coverUrl: 'https://example.invalid/p.jpg',
        itemStatus: 'ITEM_STATUS_HESITATE_RECOMMEND',
        itemType: 'VIDEO',
        authStatus: 'AUTHORIZED',
        authStart: Date.UTC(2025, 0, 1),
        authEnd: Date.UTC(2025, 0, 31, 12),
        productRegions: ['DE', 'FR'],
        mentionedItemIds: ['7290000000000000009'],
      },
    });
    expect(liveLookupSchema.parse(lookup)).toEqual(lookup);
  });

  it('reads TikTok Shop product links from the anchors, and skips anchors without a product', async () => {
    const withProducts = {
      item_info: {
        item_id: '1',
        anchor_list: [
          { id: 'a', title: 'Link', product_regions: ['US'] },
          { spu_id: 1729, spu_name: 'Glow Serum', store_id: '7495', status: 'check_success' },
          { spu_id: '1730', status: 'CHECK_ING', store_id: '' },
          { spu_id: '1731', spu_name: null, status: 42 },
        ],
      },
    };
    const { fetch } = scriptedFetch(envelope(0, withProducts));
    const lookup = await client(fetch).videoInfo(ADVERTISER, CODE);
    expect(lookup.kind === 'facts' && lookup.facts.products).toEqual([
      { spuId: '1729', name: 'Glow Serum', storeId: '7495', status: 'CHECK_SUCCESS' },
      { spuId: '1730', status: 'CHECK_ING' },
      { spuId: '1731' },
    ]);
    expect(liveLookupSchema.parse(lookup)).toEqual(lookup);
  });

  it('reads an authorization nested inside the item', async () => {
    const nested = {
      item_info: { item_id: '1', auth_info: { ad_auth_status: 'EXPIRED' } },
    };
    const { fetch } = scriptedFetch(envelope(0, nested));
    const lookup = await client(fetch).videoInfo(ADVERTISER, CODE);
    expect(lookup).toEqual({
      kind: 'facts',
      facts: { fetchedAt: NOW, itemId: '1', authStatus: 'EXPIRED' },
    });
  });

  it.each<[string, unknown, string | undefined]>([
    [
      'an https cover',
      { poster_url: 'https://p16.tiktokcdn.com/c.jpeg?x=1' },
      'https://p16.tiktokcdn.com/c.jpeg?x=1',
    ],
    ['a plain-http cover', { poster_url: 'http://p16.tiktokcdn.com/c.jpeg' }, undefined],
    ['a script URL', { poster_url: 'javascript:alert(1)' }, undefined],
    ['not a URL', { poster_url: 'cover.jpeg' }, undefined],
    ['media of an odd shape', 'not an object', undefined],
    ['a cover that is not text', { poster_url: 42 }, undefined],
  ])('reads %s as the post cover, or none', async (_name, videoInfo, expected) => {
    const data = { item_info: { item_id: '1' }, video_info: videoInfo };
    const { fetch } = scriptedFetch(envelope(0, data));
    const lookup = await client(fetch).videoInfo(ADVERTISER, CODE);
    expect(lookup.kind === 'facts' ? lookup.facts.coverUrl : 'no facts').toBe(expected);
  });

  it('keeps a stitch’s original post id', async () => {
    const stitch = { item_info: { item_id: '1', stitch_original_item_id: '7290000000000000001' } };
    const { fetch } = scriptedFetch(envelope(0, stitch));
    const lookup = await client(fetch).videoInfo(ADVERTISER, CODE);
    expect(lookup.kind === 'facts' && lookup.facts.stitchOriginalItemId).toBe(
      '7290000000000000001',
    );
  });

  it.each([
    ['an item id rounded by JSON', { item_info: { item_id: 2 ** 60 } }],
    [
      'an unreadable end time',
      { item_info: { item_id: '1' }, auth_info: { auth_end_time: 'soon' } },
    ],
    [
      'regions that are not text',
      { item_info: { item_id: '1', anchor_list: [{ product_regions: [1] }] } },
    ],
    ['no item at all', { auth_info: {} }],
  ])('calls %s an unreadable answer, not facts', async (_, data) => {
    const { fetch } = scriptedFetch(envelope(0, data));
    const lookup = await client(fetch).videoInfo(ADVERTISER, CODE);
    expect(lookup).toMatchObject({
      kind: 'failure',
      failure: { reason: 'bad_response', definitive: false },
    });
  });

  it('maps a TikTok error to its reason', async () => {
    const { fetch, sent } = scriptedFetch(envelope(4025, {}, 'auth_code_expired'));
    const lookup = await client(fetch).videoInfo(ADVERTISER, CODE);
    expect(lookup).toMatchObject({
      kind: 'failure',
      failure: { reason: 'expired', definitive: true, apiCode: 4025, fetchedAt: NOW },
    });
    expect(sent).toHaveLength(1);
  });

  it('retries a network error and then succeeds', async () => {
    const { fetch, sent } = scriptedFetch(
      () => {
        throw new TypeError('fetch failed');
      },
      envelope(0, infoData),
    );
    const lookup = await client(fetch).videoInfo(ADVERTISER, CODE);
    expect(lookup.kind).toBe('facts');
    expect(sent).toHaveLength(2);
  });

  it('gives up on a network error after the policy’s attempts, as a network failure', async () => {
    const { fetch, sent } = scriptedFetch(() => {
      throw new TypeError('fetch failed');
    });
    const lookup = await client(fetch, { retry: { maxAttempts: 3 } }).videoInfo(ADVERTISER, CODE);
    expect(lookup).toMatchObject({
      kind: 'failure',
      failure: { reason: 'network', definitive: false },
    });
    expect(sent).toHaveLength(3);
  });

  it('times out a fetch that never settles even if it ignores the signal', async () => {
    const { fetch } = scriptedFetch(() => new Promise<Response>(() => undefined));
    const lookup = await client(fetch, { timeoutMs: 5, retry: { maxAttempts: 2 } }).videoInfo(
      ADVERTISER,
      CODE,
    );
    expect(lookup).toMatchObject({
      kind: 'failure',
      failure: { reason: 'timeout', definitive: false },
    });
  });

  it('throws the caller’s abort reason instead of calling it a failure', async () => {
    const controller = new AbortController();
    const reason = new Error('buyer closed the panel');
    const { fetch } = scriptedFetch(() => {
      controller.abort(reason);
      return new Promise<Response>(() => undefined);
    });
    await expect(
      client(fetch).videoInfo(ADVERTISER, CODE, { signal: controller.signal }),
    ).rejects.toBe(reason);
  });

  it('does not call TikTok when the caller already gave up', async () => {
    const controller = new AbortController();
    controller.abort();
    const { fetch, sent } = scriptedFetch(envelope(0, infoData));
    await expect(
      client(fetch).videoInfo(ADVERTISER, CODE, { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(sent).toHaveLength(0);
  });
});

describe('the access token stays private', () => {
  it('is cut out of a TikTok message quoted back to the buyer', async () => {
    const { fetch } = scriptedFetch(envelope(98765, {}, `Token ${TOKEN} is odd`));
    const lookup = await client(fetch).videoInfo(ADVERTISER, CODE);
    expect(lookup.kind).toBe('failure');
    expect(JSON.stringify(lookup)).not.toContain(TOKEN);
    expect(JSON.stringify(lookup)).toContain('[access token]');
  });

  it('never leaks from a fetch error that quotes the request', async () => {
    const { fetch } = scriptedFetch(() => {
      throw new TypeError(`Headers: "${TOKEN}" is an invalid header value`);
    });
    const lookup = await client(fetch).videoInfo(ADVERTISER, CODE);
    expect(JSON.stringify(lookup)).not.toContain(TOKEN);
  });

  it('a token that cannot be a header value is refused without a request', async () => {
    const { fetch, sent } = scriptedFetch(envelope(0, infoData));
    const bad = 'abc def\n';
    const lookup = await client(fetch, { token: bad }).videoInfo(ADVERTISER, CODE);
    expect(lookup).toMatchObject({
      kind: 'failure',
      failure: { reason: 'auth', definitive: false },
    });
    expect(sent).toHaveLength(0);
  });

  it('an empty token is refused without a request', async () => {
    const { fetch, sent } = scriptedFetch(envelope(0, infoData));
    const outcome = await client(fetch, { token: '  ' }).authorize(ADVERTISER, CODE);
    expect(outcome).toMatchObject({ ok: false, failure: { reason: 'auth' } });
    expect(sent).toHaveLength(0);
  });
});

describe('authorize', () => {
  it('posts the raw code as JSON and reads data: {} as success', async () => {
    const { fetch, sent } = scriptedFetch(envelope(0, {}));
    const outcome = await client(fetch).authorize(ADVERTISER, CODE);
    expect(outcome).toEqual({ ok: true });
    expect(sent[0]?.url).toBe('https://api.test/open_api/v1.3/tt_video/authorize/');
    expect(sent[0]?.init.method).toBe('POST');
    expect(sent[0]?.init.headers).toEqual({
      'Access-Token': TOKEN,
      'Content-Type': 'application/json',
    });
    expect(JSON.parse(String(sent[0]?.init.body))).toEqual({
      advertiser_id: ADVERTISER,
      auth_code: CODE,
    });
  });

  it('adds the original post’s code when given', async () => {
    const { fetch, sent } = scriptedFetch(envelope(0, {}));
    await client(fetch).authorize(ADVERTISER, CODE, '#orig==');
    expect(JSON.parse(String(sent[0]?.init.body))).toEqual({
      advertiser_id: ADVERTISER,
      auth_code: CODE,
      original_post_auth_code: '#orig==',
    });
  });

  it('reports the reason when TikTok refuses', async () => {
    const { fetch } = scriptedFetch(envelope(930002, {}, 'mention_multiple_videos'));
    const outcome = await client(fetch).authorize(ADVERTISER, CODE);
    expect(outcome).toMatchObject({
      ok: false,
      failure: { reason: 'original_post_needed', apiCode: 930002 },
    });
  });
});

function listPage(ids: string[], page: number, totalPage?: number) {
  return envelope(0, {
    list: ids.map((id) => ({ item_info: { item_id: id, auth_code: `#code${id}=` } })),
    page_info:
      totalPage === undefined
        ? undefined
        : { page, page_size: 2, total_number: totalPage * 2, total_page: totalPage },
  });
}

describe('listAuthorized', () => {
  it('pages until the last page and collects ids and codes', async () => {
    const { fetch, sent } = scriptedFetch(listPage(['1', '2'], 1, 2), listPage(['3'], 2, 2));
    const outcome = await client(fetch).listAuthorized(ADVERTISER, { pageSize: 2 });
    expect(outcome).toEqual({
      ok: true,
      complete: true,
      posts: [
        { itemId: '1', authCode: '#code1=' },
        { itemId: '2', authCode: '#code2=' },
        { itemId: '3', authCode: '#code3=' },
      ],
    });
    expect(sent.map((r) => new URL(r.url).searchParams.get('page'))).toEqual(['1', '2']);
  });

  it('asks for at most 50 per page', async () => {
    const { fetch, sent } = scriptedFetch(listPage([], 1, 0));
    await client(fetch).listAuthorized(ADVERTISER, { pageSize: 500 });
    expect(new URL(sent[0]?.url ?? '').searchParams.get('page_size')).toBe('50');
  });

  it('stops at the page limit and says the list is incomplete', async () => {
    const { fetch, sent } = scriptedFetch(() => listPage(['x', 'y'], 1, 1000));
    const outcome = await client(fetch).listAuthorized(ADVERTISER, { pageSize: 2, maxPages: 3 });
    expect(outcome).toMatchObject({ ok: true, complete: false });
    expect(sent).toHaveLength(3);
  });

  it('accepts flat entries and stops on a short page without page info', async () => {
    const { fetch, sent } = scriptedFetch(
      envelope(0, { list: [{ item_id: '9', auth_code: '#nine=' }, { auth_code: '#no-id=' }] }),
    );
    const outcome = await client(fetch).listAuthorized(ADVERTISER);
    expect(outcome).toEqual({
      ok: true,
      complete: true,
      posts: [{ itemId: '9', authCode: '#nine=' }],
    });
    expect(sent).toHaveLength(1);
  });

  it('returns the failure when a page fails', async () => {
    const { fetch } = scriptedFetch(listPage(['1', '2'], 1, 2), envelope(40105, {}, 'bad token'));
    const outcome = await client(fetch).listAuthorized(ADVERTISER, { pageSize: 2 });
    expect(outcome).toMatchObject({ ok: false, failure: { reason: 'auth' } });
  });
});

describe('advertiserInfo', () => {
  it('sends the ids as a JSON array and reads country, currency and time zone', async () => {
    const { fetch, sent } = scriptedFetch(
      envelope(0, {
        list: [
          {
            advertiser_id: '1',
            name: 'US account',
            country: 'us',
            currency: 'USD',
            timezone: 'America/New_York',
            status: 'STATUS_ENABLE',
          },
          {
            advertiser_id: 2,
            name: 'GB account',
            country: 'GB',
            display_timezone: 'Europe/London',
          },
        ],
      }),
    );
    const outcome = await client(fetch).advertiserInfo(['1', '2', '1']);
    expect(new URL(sent[0]?.url ?? '').searchParams.get('advertiser_ids')).toBe('["1","2"]');
    expect(outcome).toEqual({
      ok: true,
      accounts: [
        {
          id: '1',
          name: 'US account',
          country: 'US',
          currency: 'USD',
          timezone: 'America/New_York',
        },
        { id: '2', name: 'GB account', country: 'GB', timezone: 'Europe/London' },
      ],
    });
  });

  it('splits long lists into calls of 100 ids', async () => {
    const { fetch, sent } = scriptedFetch(envelope(0, { list: [] }));
    const ids = Array.from({ length: 250 }, (_, i) => String(i + 1));
    await client(fetch).advertiserInfo(ids);
    const sizes = sent.map(
      (r) =>
        (JSON.parse(new URL(r.url).searchParams.get('advertiser_ids') ?? '[]') as unknown[]).length,
    );
    expect(sizes).toEqual([100, 100, 50]);
  });

  it('makes no call for no ids', async () => {
    const { fetch, sent } = scriptedFetch(envelope(0, { list: [] }));
    expect(await client(fetch).advertiserInfo([])).toEqual({ ok: true, accounts: [] });
    expect(sent).toHaveLength(0);
  });
});

describe('listAds', () => {
  it('pages through the ads and keeps each ad once with its post id', async () => {
    const page = (ads: unknown[], pageNo: number) =>
      envelope(0, { list: ads, page_info: { page: pageNo, page_size: 2, total_page: 2 } });
    const { fetch, sent } = scriptedFetch(
      page(
        [
          { ad_id: '11', tiktok_item_id: '7301', identity_type: 'AUTH_CODE' },
          { ad_id: 12, identity_type: 'CUSTOMIZED_USER' },
        ],
        1,
      ),
      page(
        [
          { ad_id: '11', tiktok_item_id: '7301' },
          { ad_id: '13', tiktok_item_id: '' },
        ],
        2,
      ),
    );
    const outcome = await client(fetch).listAds(ADVERTISER, { pageSize: 2 });
    expect(outcome).toEqual({
      ok: true,
      complete: true,
      ads: [
        { adId: '11', itemId: '7301', identityType: undefined },
        { adId: '12', itemId: undefined, identityType: 'CUSTOMIZED_USER' },
        { adId: '13', itemId: undefined, identityType: undefined },
      ],
    });
    expect(sent).toHaveLength(2);
    expect(new URL(sent[0]?.url ?? '').searchParams.get('page_size')).toBe('2');
  });

  it('returns the failure when a page fails', async () => {
    const { fetch } = scriptedFetch(envelope(40100, {}, 'Too many requests'));
    const outcome = await client(fetch).listAds(ADVERTISER);
    expect(outcome).toMatchObject({ ok: false, failure: { reason: 'rate_limited' } });
  });
});

describe('adReport', () => {
  it('asks 100 ad ids a call for an ad-level report and reads metric strings as numbers', async () => {
    const ids = Array.from({ length: 150 }, (_, n) => String(1000 + n));
    const row = (id: string, spend: unknown) => ({
      dimensions: { ad_id: id },
      metrics: { spend, impressions: '10' },
    });
    const { fetch, sent } = scriptedFetch(
      envelope(0, { list: [row('1000', '12.30'), row('1001', '-')], page_info: { total_page: 1 } }),
      envelope(0, { list: [row('1100', 5)], page_info: { total_page: 1 } }),
    );
    const outcome = await client(fetch).adReport(ADVERTISER, {
      adIds: ids,
      metrics: ['spend', 'impressions'],
      startDate: '2026-11-19',
      endDate: '2026-11-25',
    });
    expect(outcome).toEqual({
      ok: true,
      rows: [
        { adId: '1000', metrics: { spend: 12.3, impressions: 10 } },
        { adId: '1001', metrics: { spend: undefined, impressions: 10 } },
        { adId: '1100', metrics: { spend: 5, impressions: 10 } },
      ],
    });
    expect(sent).toHaveLength(2);
    const query = new URL(sent[0]?.url ?? '').searchParams;
    expect(query.get('data_level')).toBe('AUCTION_AD');
    expect(query.get('report_type')).toBe('BASIC');
    expect(JSON.parse(query.get('dimensions') ?? '')).toEqual(['ad_id']);
    const filter = JSON.parse(query.get('filtering') ?? '') as { filter_value: string }[];
    expect(JSON.parse(filter[0]?.filter_value ?? '')).toHaveLength(100);
  });
});
