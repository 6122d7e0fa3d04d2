// The engine's contract: shapes, spans, message order, lexicon helpers.
import { describe, expect, it } from 'vitest';
import {
  FEELING_FAMILIES,
  isFeelingWord,
  reviewEmpathy,
  reviewIStatement,
  reviewMirror,
  reviewRequest,
  reviewValidation,
  summarize,
  type Feedback,
} from '../../../src/lib/feedback/index';
import { load, REVIEWERS, run } from './corpus';
import { expectValid } from './valid';

describe('feedback contract', () => {
  it('every corpus case returns a valid Feedback with honest spans', () => {
    for (const r of REVIEWERS) {
      for (const c of load(`${r}.json`)) expectValid(run(r, c), c.text);
    }
  });

  it('next steps are single, kind sentences that start with "Next" or quote the words', () => {
    for (const r of REVIEWERS) {
      for (const c of load(`${r}.json`)) {
        for (const ch of run(r, c).checks.filter((x) => !x.passed)) {
          expect(ch.message.match(/\bNext\b/g)?.length ?? 0).toBeLessThanOrEqual(1);
          const own = ch.message.replace(/\u201c[^\u201d]*\u201d/g, '');
          expect(own).not.toMatch(/\b(?:wrong|bad|fail(?:ed)?|score|points?|stupid|lazy|\d+%)\b/i);
        }
      }
    }
  });

  it('names what worked before the one next step', () => {
    const fb = reviewIStatement('I feel hurt when you forget to call.');
    expect(fb.verdict).toBe('almost');
    expect(fb.checks[0]!.passed).toBe(true);
    const s = summarize(fb);
    expect(s.indexOf('\u201churt\u201d')).toBeGreaterThanOrEqual(0);
    expect(s).toMatch(/Next, add what you would like/);
    expect(s.indexOf('hurt')).toBeLessThan(s.indexOf('Next'));
  });

  it('quotes the words concerned', () => {
    const fb = reviewIStatement('You always leave the lights on.');
    const blame = fb.checks.find((c) => c.id === 'no-blame')!;
    expect(blame.passed).toBe(false);
    expect(blame.span).toEqual([0, 10]);
    expect(blame.message).toContain('\u201cYou always\u201d');
  });

  it('spans index the original text even with curly quotes and leading emoji', () => {
    const text =
      '\u{1F61E}\u{1F61E} I\u2019m feeling lonely when we eat apart, and I\u2019d love one dinner together on Fridays.';
    const fb = reviewIStatement(text);
    expect(fb.verdict).toBe('strong');
    const f = fb.checks.find((c) => c.id === 'feeling')!;
    expect(text.slice(...f.span!)).toBe('lonely');
  });

  it('strong, almost and needs-work each appear for every reviewer', () => {
    const ex: Record<string, Feedback[]> = {
      i: [
        reviewIStatement(
          'I feel worried when the car makes that noise, and I would like us to book a check-up this week.',
        ),
        reviewIStatement('I feel worried when the car makes that noise.'),
        reviewIStatement('You never take the car in.'),
      ],
      m: [
        reviewMirror(
          'I feel worried about the car noise.',
          'If I got it, you feel worried about the car noise. Did I get that?',
        ),
        reviewMirror('I feel worried about the car noise.', 'You feel worried about the car noise.'),
        reviewMirror('I feel worried about the car noise.', 'If I got it, you want a new sofa. Did I get that?'),
      ],
      v: [
        reviewValidation('It makes sense that you are worried, because the noise started last week.'),
        reviewValidation('It makes sense that you are worried.'),
        reviewValidation('It makes sense, but the car is fine.'),
      ],
      e: [
        reviewEmpathy('I imagine you feel uneasy about the car. Is that what you feel?'),
        reviewEmpathy('I imagine you feel uneasy about the car.'),
        reviewEmpathy('At least the car still runs.'),
      ],
      r: [
        reviewRequest('Would you be willing to call the garage on Monday morning?'),
        reviewRequest('Would you be willing to call the garage?'),
        reviewRequest('Stop ignoring the car.'),
      ],
    };
    for (const [, list] of Object.entries(ex)) {
      expect(list.map((f) => f.verdict)).toEqual(['strong', 'almost', 'needs-work']);
      expect(list[0]!.score).toBeGreaterThan(list[1]!.score);
      expect(list[1]!.score).toBeGreaterThan(list[2]!.score);
    }
  });

  it('handles empty and whitespace input kindly', () => {
    for (const text of ['', '   ', '\n\t', '!!!']) {
      for (const fb of [
        reviewIStatement(text),
        reviewMirror('I miss you.', text),
        reviewValidation(text),
        reviewEmpathy(text),
        reviewRequest(text),
      ]) {
        expectValid(fb, text);
        expect(fb.verdict).toBe('needs-work');
      }
    }
  });
});

describe('feeling lexicon', () => {
  it('has a few hundred unique words in families with intensities', () => {
    const all = FEELING_FAMILIES.flatMap((f) => f.words.map((w) => w.word));
    expect(all.length).toBeGreaterThanOrEqual(250);
    expect(new Set(all).size).toBe(all.length);
    for (const f of FEELING_FAMILIES) {
      expect(f.id).toMatch(/^[a-z-]+$/);
      expect(f.label.length).toBeGreaterThan(0);
      for (const w of f.words) expect([1, 2, 3]).toContain(w.intensity);
    }
    const ids = FEELING_FAMILIES.map((f) => f.id);
    for (const id of [
      'sad',
      'hurt',
      'lonely',
      'scared',
      'angry',
      'ashamed',
      'overwhelmed',
      'happy',
      'loved',
      'hopeful',
      'calm',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('recognises word forms and multi-word entries', () => {
    for (const w of [
      'sad',
      'Worried',
      'worry',
      'lonely',
      'left out',
      'worn-out',
      'frustrated',
      'hurt',
      'overwhelmed',
    ]) {
      expect(isFeelingWord(w), w).toBe(true);
    }
    for (const w of ['table', 'like', 'that', '', 'you', 'manipulated', 'think'])
      expect(isFeelingWord(w), w).toBe(false);
  });
});

describe('requests: comparisons are not vague wishes', () => {
  it('reads "more than twenty minutes late" as a limit, not as "be more"', async () => {
    const { reviewRequest } = await import('../../../src/lib/feedback/index');
    const fb = reviewRequest('Would you text me if you will be more than half an hour late this week?');
    expect(fb.checks.find((c) => /hard to act on/.test(c.message) && !c.passed)).toBeUndefined();
  });
});
