import { describe, expect, it } from 'vitest';
import { scanPaste } from './scan';
import { randomCode, seededRandom } from './test-support';
import { detailsFromThread, type ThreadDetails } from './thread-details';

const TODAY = '2026-11-26';
const random = seededRandom(15);
const C = Array.from({ length: 14 }, () => randomCode(random));
const [c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11] = C as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];
const ZWSP = '\u200B';

/** Code → what was found for it, through the real scanner so positions are real. */
function read(text: string): Record<string, ThreadDetails> {
  const scan = scanPaste(text);
  return Object.fromEntries(detailsFromThread(text, scan.codes, TODAY));
}

const handles = (text: string) =>
  Object.fromEntries(
    scanPaste(text).codes.map((c) => [
      c.code,
      detailsFromThread(text, scanPaste(text).codes, TODAY).get(c.code)?.creatorHandle,
    ]),
  );

describe('details from the thread, per code', () => {
  const cases: {
    name: string;
    text: string;
    want: Record<string, string | undefined>;
  }[] = [
    {
      name: 'WhatsApp export with 12 creators, one message each',
      text: [
        '12/11/2026, 10:41 - Sam (Agency): Morning! codes below',
        ...[
          'mia.lopez',
          'leo_k',
          'ana.fit',
          'jj_cooks',
          'ruby.rae',
          'tomtravels',
          'nina_moves',
          'oli.eats',
          'kai_runs',
          'zoe.style',
          'max_lifts',
          'ivy.reads',
        ].map(
          (handle, i) =>
            `12/11/2026, 10:${String(42 + i)} - Sam (Agency): @${handle} ${C[i]} ${i % 2 ? 'thx!' : '🔥🔥'}`,
        ),
      ].join('\n'),
      want: {
        [c0]: 'mia.lopez',
        [c1]: 'leo_k',
        [c2]: 'ana.fit',
        [c3]: 'jj_cooks',
        [c4]: 'ruby.rae',
        [c5]: 'tomtravels',
        [c6]: 'nina_moves',
        [c7]: 'oli.eats',
        [c8]: 'kai_runs',
        [c9]: 'zoe.style',
        [c10]: 'max_lifts',
        [c11]: 'ivy.reads',
      },
    },
    {
      name: 'DM export whose messages start with a sender line, the handle on another line',
      text: [
        'Mia Lopez, 10:42',
        'hey!! here is my code for the @mia.lopez duet video',
        c0,
        '',
        'Leo K, 10:45',
        c1,
        'that one is from @leo_k, 60 days',
        '',
        'Sam Reed, 10:50',
        'did you get both?',
      ].join('\n'),
      want: { [c0]: 'mia.lopez', [c1]: 'leo_k' },
    },
    {
      name: 'email with a signature @handle that belongs to no code',
      text: [
        'Hi Jordan,',
        '',
        'Here are the codes you asked for:',
        c0,
        c1,
        '',
        'Best,',
        'Sam Reed',
        'Creator Partnerships | @sam_agency | sam@agency.example',
      ].join('\n'),
      want: { [c0]: undefined, [c1]: undefined },
    },
    {
      name: 'email without blank lines: the sign-off still ends the codes’ block',
      text: ['Codes for @mia.lopez:', c0, c1, 'Thanks!', 'Sam | @sam_agency'].join('\n'),
      want: { [c0]: 'mia.lopez', [c1]: 'mia.lopez' },
    },
    {
      name: 'TSV sheet with a header row and a bare handle column',
      text: [
        'Creator\tSpark code\tPost URL\tDuration',
        `mia.lopez\t${c0}\thttps://www.tiktok.com/@mia.lopez/video/7301234567890123456\t30`,
        `@leo_k\t${c1}\t\t60 days`,
        `ana.fit\t${c2}\t\t`,
      ].join('\n'),
      want: { [c0]: 'mia.lopez', [c1]: 'leo_k', [c2]: 'ana.fit' },
    },
    {
      name: 'chat bullets, nested under a creator',
      text: [
        '- @mia.lopez',
        `  - ${c0}`,
        `  - ${c1}`,
        `- ${c2} from @leo_k`,
        `- ${c3}`,
        '  (that is @ana.fit, 30 days)',
      ].join('\n'),
      want: { [c0]: 'mia.lopez', [c1]: 'mia.lopez', [c2]: 'leo_k', [c3]: 'ana.fit' },
    },
    {
      name: 'every indented line under a bullet belongs to that bullet',
      text: ['  - @mia.lopez', `    ${c0}`, `    ${c1}`, '  - @leo_k', `    ${c2}`].join('\n'),
      want: { [c0]: 'mia.lopez', [c1]: 'mia.lopez', [c2]: 'leo_k' },
    },
    {
      name: 'a line under a bullet but not indented starts a unit of its own',
      text: ['- @mia.lopez', `  ${c0}`, `${c1}`, '- @leo_k', `  ${c2}`].join('\n'),
      want: { [c0]: 'mia.lopez', [c1]: undefined, [c2]: 'leo_k' },
    },
    {
      name: 'a line of spaces parts paragraphs like an empty one',
      text: `Note from @mia.lopez: more coming soon\n   \n${c0}`,
      want: { [c0]: undefined },
    },
    {
      name: 'a paste that starts with a line break',
      text: ['', `@mia.lopez ${c0}`, c1].join('\n'),
      want: { [c0]: 'mia.lopez', [c1]: undefined },
    },
    {
      name: 'handle before the code on some lines and after it on others',
      text: [`@mia.lopez: ${c0}`, `${c1} <- @leo_k`, `${c2} (ana.fit)`].join('\n'),
      want: { [c0]: 'mia.lopez', [c1]: 'leo_k', [c2]: undefined },
    },
    {
      name: 'two codes on one line with one handle: both are that creator’s',
      text: `@mia.lopez sent two: ${c0} and ${c1}\n@leo_k ${c2}`,
      want: { [c0]: 'mia.lopez', [c1]: 'mia.lopez', [c2]: 'leo_k' },
    },
    {
      name: 'two handles and two codes alternating on one line are paired in order',
      text: `@mia.lopez ${c0} / @leo_k ${c1}`,
      want: { [c0]: 'mia.lopez', [c1]: 'leo_k' },
    },
    {
      name: 'one handle written twice counts once when pairing',
      text: `@mia.lopez (@Mia.Lopez) ${c0} / @leo_k ${c1}`,
      want: { [c0]: 'mia.lopez', [c1]: 'leo_k' },
    },
    {
      name: 'two codes side by side between two handles: ambiguous, left blank',
      text: `@mia.lopez ${c0} ${c1} @leo_k`,
      want: { [c0]: undefined, [c1]: undefined },
    },
    {
      name: 'one code between two handles: ambiguous, left blank',
      text: `@mia.lopez ${c0} @leo_k`,
      want: { [c0]: undefined },
    },
    {
      name: 'two handles side by side before two codes: ambiguous, left blank',
      text: `@mia.lopez and @leo_k: ${c0} ${c1}`,
      want: { [c0]: undefined, [c1]: undefined },
    },
    {
      name: 'a handle line above each code line in one block',
      text: ['Creator: @mia.lopez', `Code: ${c0}`, 'Creator: @leo_k', `Code: ${c1}`].join('\n'),
      want: { [c0]: 'mia.lopez', [c1]: 'leo_k' },
    },
    {
      name: 'emoji and zero-width characters around and inside handles',
      text: [
        `🔥@mia${ZWSP}.lopez🔥 ${c0}`,
        `💜 ${c1} ➡️ @leo_k${ZWSP}`,
        `${ZWSP}@ana.fit:${c2}`,
      ].join('\n'),
      want: { [c0]: 'mia.lopez', [c1]: 'leo_k', [c2]: 'ana.fit' },
    },
    {
      name: 'email addresses, times and handles that end a sentence',
      text: [`mia@example.com sent ${c0}`, `@10 am: ${c1}`, `${c2} is from @leo_k...`].join('\n'),
      want: { [c0]: undefined, [c1]: undefined, [c2]: 'leo_k' },
    },
    {
      name: 'a profile URL stands in for a handle',
      text: `${c0} https://www.tiktok.com/@mia.lopez?lang=en`,
      want: { [c0]: 'mia.lopez' },
    },
    {
      name: 'paragraphs do not lend their handle to the next paragraph',
      text: `Note from @mia.lopez: more coming soon\n\n${c0}`,
      want: { [c0]: undefined },
    },
  ];

  it.each(cases)('$name', ({ text, want }) => {
    expect(handles(text)).toEqual(want);
  });
});

describe('post URLs and terms', () => {
  const cases: { name: string; text: string; want: Record<string, ThreadDetails | undefined> }[] = [
    {
      name: 'a post URL gives the post, its id and the creator',
      text: `${c0} https://www.tiktok.com/@Mia.Lopez/video/7301234567890123456?is_from_webapp=1&sender_device=pc 30 days`,
      want: {
        [c0]: {
          creatorHandle: 'Mia.Lopez',
          expectedPost: 'https://www.tiktok.com/@Mia.Lopez/video/7301234567890123456',
          postId: '7301234567890123456',
          term: { duration: 30 },
        },
      },
    },
    {
      name: 'duration words in many spellings',
      text: [
        `${c0} 60-day`,
        `${c1} (1 year)`,
        `${c2} no expiry`,
        `${c3} valid until Dec 31`,
        `${c4} expires 2027-01-15`,
        `${c5} posted 3 days ago`,
        `${c6} good thru 3/15`,
        `${c7} until 05/06`,
        `${c8} expires in 5 days`,
        `${c9} two weeks`,
      ].join('\n'),
      want: {
        [c0]: { term: { duration: 60 } },
        [c1]: { term: { duration: 365 } },
        [c2]: { term: { duration: 'none' } },
        [c3]: { term: { expiresOn: '2026-12-31' } },
        [c4]: { term: { expiresOn: '2027-01-15' } },
        [c5]: undefined,
        [c6]: { term: { expiresOn: '2027-03-15' } },
        [c7]: undefined,
        [c8]: { term: { expiresOn: '2026-12-01' } },
        [c9]: { term: { duration: 14 } },
      },
    },
    {
      name: 'one term for a block of codes applies to each',
      text: ['All of these are 30 days:', c0, c1].join('\n'),
      want: { [c0]: { term: { duration: 30 } }, [c1]: { term: { duration: 30 } } },
    },
    {
      name: 'a sheet’s expiry column is read as an end date',
      text: ['handle\tcode\texpires', `mia.lopez\t${c0}\t2027-02-01`].join('\n'),
      want: { [c0]: { creatorHandle: 'mia.lopez', term: { expiresOn: '2027-02-01' } } },
    },
    {
      name: 'CSV rows under a header, quoted cells included',
      text: [
        'creator,code,post',
        `"mia.lopez",${c0},https://www.tiktok.com/@mia.lopez/video/7301234567890123456`,
        `leo_k,"${c1}",`,
      ].join('\n'),
      want: {
        [c0]: {
          creatorHandle: 'mia.lopez',
          expectedPost: 'https://www.tiktok.com/@mia.lopez/video/7301234567890123456',
          postId: '7301234567890123456',
        },
        [c1]: { creatorHandle: 'leo_k' },
      },
    },
    {
      name: 'a quoted CSV cell keeps its comma',
      text: [
        'creator,code,expires',
        `mia.lopez,${c0},"Dec 31, 2027"`,
        `leo_k,${c1},2027-01-05`,
      ].join('\n'),
      want: {
        [c0]: { creatorHandle: 'mia.lopez', term: { expiresOn: '2027-12-31' } },
        [c1]: { creatorHandle: 'leo_k', term: { expiresOn: '2027-01-05' } },
      },
    },
    {
      name: 'doubled quotes inside a quoted CSV cell do not end it',
      text: [
        'creator,code,note,duration',
        `mia.lopez,${c0},"says ""hi"", then 90",30`,
        `leo_k,${c1},,60`,
      ].join('\n'),
      want: {
        [c0]: { creatorHandle: 'mia.lopez', term: { duration: 30 } },
        [c1]: { creatorHandle: 'leo_k', term: { duration: 60 } },
      },
    },
    {
      name: 'a semicolon-separated sheet, as some spreadsheet apps save CSV',
      text: ['creator;code;duration', `mia.lopez;${c0};30`, `leo_k;${c1};2 weeks`].join('\n'),
      want: {
        [c0]: { creatorHandle: 'mia.lopez', term: { duration: 30 } },
        [c1]: { creatorHandle: 'leo_k', term: { duration: 14 } },
      },
    },
    {
      name: 'a sheet under a title line, header names with a colon or a star',
      text: [
        'Spark codes',
        'Creator:\tCode\tExpires*',
        `mia${ZWSP}.lopez\t${c0}\tDec 31`,
        `＠leo_k2\t${c1}\t12/20`,
        `Ana Fit\t${c2}\t45`,
        `10\t${c3}\ttbd`,
      ].join('\n'),
      want: {
        [c0]: { creatorHandle: 'mia.lopez', term: { expiresOn: '2026-12-31' } },
        [c1]: { creatorHandle: 'leo_k2', term: { expiresOn: '2026-12-20' } },
        [c2]: { term: { duration: 45 } },
        [c3]: undefined,
      },
    },
    {
      name: 'a sheet’s title does not lend its details to the rows',
      text: [
        'Codes from @sam_agency, 30 days',
        `@mia.lopez\t${c0}`,
        `@leo_k\t${c1}`,
        `ana.fit\t${c2}`,
        `@jj_cooks\t${c3}`,
      ].join('\n'),
      want: {
        [c0]: { creatorHandle: 'mia.lopez' },
        [c1]: { creatorHandle: 'leo_k' },
        [c2]: undefined,
        [c3]: { creatorHandle: 'jj_cooks' },
      },
    },
    {
      name: 'a message that opens with thanks still lends its handle',
      text: ['Thanks!', c0, 'from @mia.lopez'].join('\n'),
      want: { [c0]: { creatorHandle: 'mia.lopez' } },
    },
    {
      name: 'a contact line’s handle belongs to no code',
      text: ['Codes from @mia.lopez', c0, 'Questions: sam@agency.example or @sam_agency'].join(
        '\n',
      ),
      want: { [c0]: { creatorHandle: 'mia.lopez' } },
    },
    {
      name: 'share links without a scheme, and the /t/ form',
      text: [`${c0} vm.tiktok.com/ZMabc123/`, '', `${c1} https://www.tiktok.com/t/ZTabc123/`].join(
        '\n',
      ),
      want: {
        [c0]: { expectedPost: 'https://vm.tiktok.com/ZMabc123/' },
        [c1]: { expectedPost: 'https://www.tiktok.com/t/ZTabc123/' },
      },
    },
    {
      name: 'a tiktok.com path that is not a share link is no post',
      text: `${c0} https://www.tiktok.com/foo12`,
      want: { [c0]: undefined },
    },
    {
      name: 'a photo post, its kind written in capitals',
      text: `${c0} https://www.tiktok.com/@mia.lopez/PHOTO/7301234567890123456`,
      want: {
        [c0]: {
          creatorHandle: 'mia.lopez',
          expectedPost: 'https://www.tiktok.com/@mia.lopez/photo/7301234567890123456',
          postId: '7301234567890123456',
        },
      },
    },
    {
      name: 'a written @handle wins over the handle in a post URL',
      text: `${c0} @leo_k https://www.tiktok.com/@mia.lopez/video/7301234567890123456`,
      want: {
        [c0]: {
          creatorHandle: 'leo_k',
          expectedPost: 'https://www.tiktok.com/@mia.lopez/video/7301234567890123456',
          postId: '7301234567890123456',
        },
      },
    },
    {
      name: 'Windows line ends',
      text: ['Mia Lopez, 10:42', c0, '@mia.lopez', 'Leo K, 10:45', c1, '@leo_k'].join('\r\n'),
      want: { [c0]: { creatorHandle: 'mia.lopez' }, [c1]: { creatorHandle: 'leo_k' } },
    },
    {
      name: 'an indented line under a bullet belongs to that bullet',
      text: ['- @mia.lopez', `  ${c0}`, '- @leo_k', `  ${c1}`, '  30 days'].join('\n'),
      want: {
        [c0]: { creatorHandle: 'mia.lopez' },
        [c1]: { creatorHandle: 'leo_k', term: { duration: 30 } },
      },
    },
    {
      name: 'a chat export that starts with a byte order mark, blank lines inside messages',
      text: [
        '\ufeffMia Lopez, 10:42',
        c0,
        '',
        '@mia.lopez',
        'Leo K, 10:45',
        c1,
        '',
        'from @leo_k',
      ].join('\n'),
      want: { [c0]: { creatorHandle: 'mia.lopez' }, [c1]: { creatorHandle: 'leo_k' } },
    },
    {
      name: 'prose full of commas is not a sheet',
      text: ['Hi Jordan, codes from @mia.lopez, all 30 days', `${c0}, ${c1}`].join('\n'),
      want: {
        [c0]: { creatorHandle: 'mia.lopez', term: { duration: 30 } },
        [c1]: { creatorHandle: 'mia.lopez', term: { duration: 30 } },
      },
    },
    {
      name: 'what a code’s own line says wins over the rest of its message',
      text: [
        'All 30 days, see https://vm.tiktok.com/ZMabc123/ from @sam_agency',
        `@mia.lopez ${c0} 60 days https://vm.tiktok.com/ZMxyz789/`,
        c1,
      ].join('\n'),
      want: {
        [c0]: {
          creatorHandle: 'mia.lopez',
          term: { duration: 60 },
          expectedPost: 'https://vm.tiktok.com/ZMxyz789/',
        },
        [c1]: {
          creatorHandle: 'sam_agency',
          term: { duration: 30 },
          expectedPost: 'https://vm.tiktok.com/ZMabc123/',
        },
      },
    },
    {
      name: 'a CSV with a space after each comma, rows apart, two end-date columns',
      text: [
        'creator, code, expires, end date',
        '',
        `mia.lopez, ${c0}, 2027-01-05, Dec 31`,
        '',
        `leo_k, ${c1}, , 30`,
      ].join('\n'),
      want: {
        [c0]: { creatorHandle: 'mia.lopez', term: { expiresOn: '2027-01-05' } },
        [c1]: { creatorHandle: 'leo_k' },
      },
    },
    {
      name: 'two tab-separated lines in a message are not a sheet',
      text: [
        'Codes from @mia.lopez, 30 days:',
        `${c0}\tfirst`,
        `${c1}\tsecond`,
        'thanks',
        'Sam',
      ].join('\n'),
      want: {
        [c0]: { creatorHandle: 'mia.lopez', term: { duration: 30 } },
        [c1]: { creatorHandle: 'mia.lopez', term: { duration: 30 } },
      },
    },
    {
      name: 'details on a later line pair with its codes in order',
      text: [
        'Hi!',
        `${c0} 30 days http://vm.tiktok.com/ZMabc123/ ${c1} 60 days https://vt.tiktok.com/ZSxyz789/`,
      ].join('\n'),
      want: {
        [c0]: { term: { duration: 30 }, expectedPost: 'http://vm.tiktok.com/ZMabc123/' },
        [c1]: { term: { duration: 60 }, expectedPost: 'https://vt.tiktok.com/ZSxyz789/' },
      },
    },
    {
      name: 'a post URL whose handle is only digits names the post, not the creator',
      text: `${c0} https://www.tiktok.com/@12345/video/7301234567890123456`,
      want: {
        [c0]: {
          expectedPost: 'https://www.tiktok.com/@12345/video/7301234567890123456',
          postId: '7301234567890123456',
        },
      },
    },
    {
      name: 'a zero-width character between the words of a term',
      text: `${c0} two${ZWSP}weeks`,
      want: { [c0]: { term: { duration: 14 } } },
    },
    {
      name: 'an indented line under a plain line is its own unit',
      text: ['Codes from @sam_agency:', c0, '  (@mia.lopez)'].join('\n'),
      want: { [c0]: undefined },
    },
    {
      name: 'nested bullets are units of their own',
      text: ['- Creators:', `  - @mia.lopez ${c0} ${c1}`, `  - @leo_k ${c2}`].join('\n'),
      want: {
        [c0]: { creatorHandle: 'mia.lopez' },
        [c1]: { creatorHandle: 'mia.lopez' },
        [c2]: { creatorHandle: 'leo_k' },
      },
    },
    {
      name: 'a short share link is kept as the post, without an id',
      text: `${c0} https://vm.tiktok.com/ZMabc123/`,
      want: { [c0]: { expectedPost: 'https://vm.tiktok.com/ZMabc123/' } },
    },
  ];

  it.each(cases)('$name', ({ text, want }) => {
    const found = read(text);
    for (const [code, details] of Object.entries(want)) expect(found[code]).toStrictEqual(details);
  });
});

describe('the codes themselves', () => {
  it('are never read as details, padded or not', () => {
    const code = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9+1d/PIspTLgroZKtjN7PPiFnFqA';
    expect(read(`${code}\nagain ${code} @mia.lopez`)[code]).toEqual({ creatorHandle: 'mia.lopez' });
  });

  it('a code written without its # is never read as details either', () => {
    const code = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9+1d/PIspTLgroZKtjN7PPiFnFq=';
    expect(read(`Code: ${code.slice(1)} @mia.lopez`)[code]).toStrictEqual({
      creatorHandle: 'mia.lopez',
    });
  });

  it('are never read as details: "+1d" inside a code is not a length', () => {
    const code = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9+1d/PIspTLgroZKtjN7PPiFnFq=';
    const text = `${code}\nagain ${code} @mia.lopez`;
    expect(read(text)[code]).toEqual({ creatorHandle: 'mia.lopez' });
  });
});

describe('hostile pastes', () => {
  it('reads a two-megabyte line without a newline in linear time', () => {
    const text = `${c0} ${'x'.repeat(2 * 1024 * 1024)} @mia.lopez`;
    expect(read(text)[c0]).toEqual({ creatorHandle: 'mia.lopez' });
  });
});
