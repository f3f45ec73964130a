import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readEnvelope } from './envelope';

const dataSchema = z.looseObject({ value: z.number() });
const json = (body: unknown) => JSON.stringify(body);

describe('readEnvelope', () => {
  const cases: {
    name: string;
    status: number;
    body: string;
    expected: ReturnType<typeof readEnvelope<typeof dataSchema>>;
  }[] = [
    {
      name: 'code 0 with valid data is success',
      status: 200,
      body: json({ code: 0, message: 'OK', request_id: 'r1', data: { value: 1 } }),
      expected: { ok: true, data: { value: 1 }, requestId: 'r1' },
    },
    {
      name: 'unknown fields in the envelope and in data are kept, not refused',
      status: 200,
      body: json({ code: 0, message: 'OK', data: { value: 2, extra: [1] }, trace: { a: 1 } }),
      expected: { ok: true, data: { value: 2, extra: [1] }, requestId: undefined },
    },
    {
      name: 'a missing message and request_id are fine',
      status: 200,
      body: json({ code: 0, data: { value: 3 } }),
      expected: { ok: true, data: { value: 3 }, requestId: undefined },
    },
    {
      name: 'a non-zero code is an API error with its message',
      status: 200,
      body: json({ code: 4025, message: 'auth_code_expired', request_id: 'r2', data: {} }),
      expected: {
        ok: false,
        problem: { kind: 'api', code: 4025, message: 'auth_code_expired' },
        requestId: 'r2',
      },
    },
    {
      name: 'a non-zero code without a message keeps an empty message',
      status: 200,
      body: json({ code: -500 }),
      expected: {
        ok: false,
        problem: { kind: 'api', code: -500, message: '' },
        requestId: undefined,
      },
    },
    {
      name: 'cut-off JSON is malformed',
      status: 200,
      body: '{"code": 0, "data": {"value": ',
      expected: { ok: false, problem: { kind: 'malformed' } },
    },
    {
      name: 'an HTML page is malformed',
      status: 200,
      body: '<html><body>Gateway</body></html>',
      expected: { ok: false, problem: { kind: 'malformed' } },
    },
    {
      name: 'an empty body is malformed',
      status: 200,
      body: '',
      expected: { ok: false, problem: { kind: 'malformed' } },
    },
    {
      name: 'JSON without a numeric code is malformed',
      status: 200,
      body: json({ code: '0', data: { value: 1 } }),
      expected: { ok: false, problem: { kind: 'malformed' } },
    },
    {
      name: 'a JSON array is malformed',
      status: 200,
      body: '[1,2]',
      expected: { ok: false, problem: { kind: 'malformed' } },
    },
    {
      name: 'code 0 whose data has the wrong type is malformed',
      status: 200,
      body: json({ code: 0, data: { value: 'one' } }),
      expected: { ok: false, problem: { kind: 'malformed' }, requestId: undefined },
    },
    {
      name: 'code 0 without data is malformed when data is required',
      status: 200,
      body: json({ code: 0, message: 'OK' }),
      expected: { ok: false, problem: { kind: 'malformed' }, requestId: undefined },
    },
    {
      name: 'HTTP 429 is throttling whatever the body',
      status: 429,
      body: json({ code: 0, data: { value: 1 } }),
      expected: { ok: false, problem: { kind: 'http', status: 429 } },
    },
    {
      name: 'HTTP 502 with an HTML body is an HTTP problem',
      status: 502,
      body: '<html>Bad gateway</html>',
      expected: { ok: false, problem: { kind: 'http', status: 502 } },
    },
    {
      name: 'HTTP 500 with an error envelope keeps TikTok’s code',
      status: 500,
      body: json({ code: -500, message: 'rpc error' }),
      expected: {
        ok: false,
        problem: { kind: 'api', code: -500, message: 'rpc error' },
        requestId: undefined,
      },
    },
    {
      name: 'HTTP 404 with code 0 is still an HTTP problem',
      status: 404,
      body: json({ code: 0, data: { value: 1 } }),
      expected: { ok: false, problem: { kind: 'http', status: 404 }, requestId: undefined },
    },
  ];

  it.each(cases)('$name', ({ status, body, expected }) => {
    expect(readEnvelope(status, body, dataSchema)).toEqual(expected);
  });
});
