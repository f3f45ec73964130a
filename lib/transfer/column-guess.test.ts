import { describe, expect, it } from 'vitest';
import { guessMapping } from './column-guess';
import { EXPORT_HEADERS, EXPORT_ORDER, type ImportField } from './fields';
import { sampleCode } from './sample-codes.testing';

const CODE = sampleCode(1);

describe('guessMapping from headers', () => {
  const cases: [header: string, field: ImportField][] = [
    ['Spark code', 'code'],
    ['Spark Ads Code', 'code'],
    ['auth_code', 'code'],
    ['Authorization code', 'code'],
    ['Video code (paste here)', 'code'],
    ['Creator', 'creatorHandle'],
    ['TikTok handle', 'creatorHandle'],
    ['Influencer', 'creatorHandle'],
    ['Post URL', 'expectedPost'],
    ['Video link', 'expectedPost'],
    ['Post ID', 'expectedPost'],
    ['Region', 'creatorRegion'],
    ['Country code', 'creatorRegion'],
    ['Market', 'creatorRegion'],
    ['Ad account', 'adAccountId'],
    ['Advertiser ID', 'adAccountId'],
    ['aadvid', 'adAccountId'],
    ['Received', 'receivedOn'],
    ['Date received', 'receivedOn'],
    ['Date', 'receivedOn'],
    ['Duration (days)', 'duration'],
    ['Days', 'duration'],
    ['Expires on', 'expiresOn'],
    ['Expiry date', 'expiresOn'],
    ['Expiration', 'expiresOn'],
    ['End date', 'expiresOn'],
    ['Valid until', 'expiresOn'],
    ['Campaign end', 'campaignEndsOn'],
    ['Campaign end date', 'campaignEndsOn'],
    ['Flight end', 'campaignEndsOn'],
    ['Status', 'status'],
    ['Notes', 'notes'],
    ['Comments', 'notes'],
  ];

  it.each(cases)('%j → %s', (header, field) => {
    const mapping = guessMapping(['Other', header], [['zzz', '']], 'mdy');
    expect(mapping.columns[field]).toBe(1);
  });

  it('maps every column of its own export', () => {
    const headers = EXPORT_ORDER.map((field) => EXPORT_HEADERS[field]);
    const { columns, hasHeaderRow } = guessMapping(headers, [], 'mdy');
    expect(hasHeaderRow).toBe(true);
    EXPORT_ORDER.forEach((field, index) => expect(columns[field]).toBe(index));
  });

  it('keeps "Country code" for the region and finds the codes by their content', () => {
    const { columns } = guessMapping(['Country code', 'Column B'], [['US', CODE]], 'mdy');
    expect(columns).toEqual({ creatorRegion: 0, code: 1 });
  });
});

describe('guessMapping from content', () => {
  it('reads a file without a header row', () => {
    const first = [
      CODE,
      '@maya',
      'https://www.tiktok.com/@maya/video/7300000000000000001',
      'GB',
      '7000000000000000001',
      '30',
    ];
    const { columns, hasHeaderRow } = guessMapping(
      first,
      [[sampleCode(2), '@leo', '', 'US', '7000000000000000002', '60']],
      'mdy',
    );
    expect(hasHeaderRow).toBe(false);
    expect(columns).toEqual({
      code: 0,
      creatorHandle: 1,
      expectedPost: 2,
      creatorRegion: 3,
      adAccountId: 4,
      duration: 5,
    });
  });

  it('finds the code column under an unhelpful header', () => {
    const { columns } = guessMapping(
      ['A', 'B'],
      [
        ['hello', CODE],
        ['x', sampleCode(3)],
      ],
      'mdy',
    );
    expect(columns.code).toBe(1);
  });

  it('decides the date order from the dates it sees', () => {
    expect(guessMapping(['Code', 'Expires'], [[CODE, '25/12/2026']], 'mdy').dayMonthOrder).toBe(
      'dmy',
    );
    expect(guessMapping(['Code', 'Expires'], [[CODE, '12/25/2026']], 'dmy').dayMonthOrder).toBe(
      'mdy',
    );
    expect(guessMapping(['Code', 'Expires'], [[CODE, '01/02/2026']], 'dmy').dayMonthOrder).toBe(
      'dmy',
    );
  });

  it('leaves fields it cannot place unmapped', () => {
    expect(guessMapping(['Spark code', 'Colour'], [[CODE, 'red']], 'mdy').columns).toEqual({
      code: 0,
    });
  });
});
