// Property tests: any string returns a valid Feedback and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  reviewEmpathy,
  reviewIStatement,
  reviewMirror,
  reviewRequest,
  reviewValidation,
  type Feedback,
} from '../../../src/lib/feedback/index';
import { expectValid } from './valid';

const ALL: [string, (t: string, o: string) => Feedback][] = [
  ['i-statement', (t) => reviewIStatement(t)],
  ['mirror', (t, o) => reviewMirror(o, t)],
  ['mirror (swapped)', (t, o) => reviewMirror(t, o)],
  ['validation', (t) => reviewValidation(t)],
  ['empathy', (t) => reviewEmpathy(t)],
  ['request', (t) => reviewRequest(t)],
];

const pieces = fc.constantFrom(
  'I feel ',
  'hurt ',
  'when ',
  'you ',
  'always ',
  'never ',
  "I'd like ",
  'but ',
  'makes sense ',
  'because ',
  'I imagine ',
  'Is that what you feel? ',
  'Would you be willing to ',
  'on Fridays ',
  'stop ',
  '. ',
  ', ',
  '? ',
  'If I got it, ',
  'Did I get that? ',
  '\u{1F494}',
  '\u{1F469}\u200d\u2764\ufe0f\u200d\u{1F468}',
  '<b>',
  '</b>',
  '<script>alert(1)</script>',
  '&amp;',
  '\u05d0\u05e0\u05d9 \u05de\u05e8\u05d2\u05d9\u05e9 ',
  '\u0623\u0646\u0627 \u062d\u0632\u064a\u0646 ',
  '\u202e',
  '\u200f',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\r\n',
  '\t',
  '\ud83d',
  '\udc94',
  '\u2019',
  '\u201c',
  'İ',
  'ß',
  'ﬃ',
);
const texty = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')),
);

describe('feedback never throws and always returns a valid Feedback', () => {
  for (const [name, f] of ALL) {
    it(name, () => {
      fc.assert(
        fc.property(texty, texty, (t, o) => {
          expectValid(f(t, o), name === 'mirror (swapped)' ? o : t);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('edge strings: empty, 100,000 characters, emoji, HTML, right-to-left, control characters', () => {
    const big = 'I feel hurt when you always forget, and I would like a text. '.repeat(1700).slice(0, 100_000);
    const edge = [
      '',
      big,
      'x'.repeat(100_000),
      '\u{1F622}'.repeat(50_000),
      '<div onclick="x()">I feel <b>sad</b> when &lt;this&gt; happens</div>',
      '\u05d0\u05e0\u05d9 \u05de\u05e8\u05d2\u05d9\u05e9 \u05e2\u05e6\u05d5\u05d1 I feel sad \u202eeht nehw\u202c',
      '\u0000\u0001\u0002\u0003\u001f\u007f\u0085\u2028\u2029',
      'I feel sad\u0000 when\u0007 you\u001b leave',
      '\ud800\udc00\ud800',
      ' '.repeat(100_000),
      'when '.repeat(20_000),
    ];
    for (const t of edge) {
      for (const [name, f] of ALL) {
        expectValid(
          f(t, 'I feel lonely when you work late.'),
          name === 'mirror (swapped)' ? 'I feel lonely when you work late.' : t,
        );
      }
      expectValid(reviewMirror(t, t), t);
    }
    expect(reviewIStatement(big).checks.length).toBeGreaterThan(0);
  });
});
