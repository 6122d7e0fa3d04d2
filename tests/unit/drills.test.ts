import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DRILL_IDS,
  DRILL_KINDS,
  LIVE_MIN_WORDS,
  attemptsNewestFirst,
  insertWord,
  isDrillId,
  liveChecklist,
  liveSummary,
  nextIndex,
  previousIndex,
  resumeIndex,
  review,
  reviewSummary,
  segments,
  setProgress,
  stepOf,
  verdictHeading,
  wordCount,
  type Mark,
} from '../../src/lib/drills';
import type { Feedback } from '../../src/lib/feedback/index';
import type { DrillProgress } from '../../src/lib/practice/attempts';

const at = '2026-11-22T10:00:00.000Z';
const ids = ['a', 'b', 'c', 'd'];

function progress(entries: Record<string, ('strong' | 'almost' | 'needs-work')[]>, current?: string): DrillProgress {
  const prompts: DrillProgress['prompts'] = {};
  for (const [id, verdicts] of Object.entries(entries)) {
    prompts[id] = { attempts: verdicts.map((verdict, i) => ({ text: `try ${i}`, verdict, at })) };
  }
  return current === undefined ? { prompts } : { current, prompts };
}

const fb: Feedback = {
  verdict: 'almost',
  score: 0.6,
  checks: [
    { id: 'feeling', passed: true, message: 'You named a feeling: “lonely”.', span: [7, 13] },
    { id: 'situation', passed: true, message: 'You said when it happens: “when you work late”.', span: [14, 32] },
    {
      id: 'wish',
      passed: false,
      message: '“stop working late” says what to stop. Next, say what you would like instead.',
      span: [38, 56],
    },
    { id: 'other', passed: false, message: 'Next, add a check-in: “Did I get that?”.' },
  ],
};

describe('drill kinds', () => {
  it('has a kind for every drill id, and only for those', () => {
    expect(Object.keys(DRILL_KINDS).sort()).toEqual([...DRILL_IDS].sort());
    expect(isDrillId('mirroring')).toBe(true);
    expect(isDrillId('dialogue')).toBe(false);
  });

  it('names the role the learner plays in labels, without assuming genders', () => {
    const p = { id: 'x', speaker: 'Sam', listener: 'Alex', message: 'm', context: '', models: [], hints: [] };
    expect(DRILL_KINDS['i-statements'].answerLabel(p)).toContain('Sam');
    expect(DRILL_KINDS.mirroring.answerLabel(p)).toContain('Alex');
    expect(DRILL_KINDS.requests.answerLabel(p)).toContain('Sam');
    for (const id of DRILL_IDS) {
      const k = DRILL_KINDS[id];
      expect(`${k.messageLabel(p)} ${k.answerLabel(p)} ${k.placeholder}`).not.toMatch(
        /\b(he|she|his|her|husband|wife)\b/i,
      );
    }
  });

  it('offers hiding the words for mirroring only, where the person mirrors what they heard', () => {
    expect(DRILL_IDS.filter((id) => DRILL_KINDS[id].hideText)).toEqual(['mirroring']);
  });
});

describe('moving through the set', () => {
  it('resumes at the saved prompt, or the first when it is unknown', () => {
    expect(resumeIndex(ids, 'c')).toBe(2);
    expect(resumeIndex(ids, undefined)).toBe(0);
    expect(resumeIndex(ids, 'gone')).toBe(0);
  });

  it('goes round at both ends', () => {
    expect(nextIndex(0, 4)).toBe(1);
    expect(nextIndex(3, 4)).toBe(0);
    expect(previousIndex(0, 4)).toBe(3);
    expect(previousIndex(2, 4)).toBe(1);
    expect(nextIndex(0, 0)).toBe(0);
  });

  it('counts the prompts of this set that have been practised', () => {
    const saved = progress({ a: ['needs-work', 'strong'], b: ['strong', 'almost'], c: [], gone: ['strong'] }, 'b');
    expect(setProgress(ids, saved, 1)).toEqual({ position: 2, total: 4, practised: 2 });
    expect(setProgress(ids, undefined, 0)).toEqual({ position: 1, total: 4, practised: 0 });
    expect(setProgress(ids, undefined, 99).position).toBe(4);
  });

  it('lists attempts newest first without changing the saved order', () => {
    const saved = progress({ a: ['needs-work', 'almost', 'strong'] });
    expect(attemptsNewestFirst(saved, 'a').map((x) => x.verdict)).toEqual(['strong', 'almost', 'needs-work']);
    expect(saved.prompts.a!.attempts[0]!.verdict).toBe('needs-work');
    expect(attemptsNewestFirst(saved, 'b')).toEqual([]);
  });
});

describe('feedback while typing', () => {
  it('waits for a few words', () => {
    expect(liveChecklist(fb, 'I feel')).toBeNull();
    expect(wordCount('I feel lonely')).toBe(LIVE_MIN_WORDS);
    expect(liveChecklist(fb, 'I feel lonely')).not.toBeNull();
  });

  it('shows every check: what worked, and steps without judging', () => {
    const items = liveChecklist(fb, 'I feel lonely when you work late')!;
    expect(items.map((i) => i.id)).toEqual(['feeling', 'situation', 'wish', 'other']);
    expect(items[0]).toEqual({ id: 'feeling', done: true, text: 'You named a feeling: “lonely”.' });
    // An open check about words in the answer keeps them; a general one is cut to its step.
    expect(items[2]).toEqual({ id: 'wish', done: false, text: fb.checks[2]!.message });
    expect(items[3]).toEqual({ id: 'other', done: false, text: 'Add a check-in' });
  });

  it('turns an engine message into its step', () => {
    expect(stepOf('“always” can sound like a verdict. Next, describe one moment instead: “When…”.')).toBe(
      'Describe one moment instead',
    );
    expect(stepOf('Next, name one feeling in a word, like “I feel hurt”.')).toBe('Name one feeling in a word');
    expect(stepOf('“stop” says what to stop. Next, say what you would like instead.')).toBe(
      'Say what you would like instead',
    );
    expect(stepOf('Next, name the feeling under it, such as sad or worried.')).toBe('Name the feeling under it');
    expect(stepOf('Write a sentence or two to start.')).toBe('Write a sentence or two to start.');
    // Too short without its example: keep it.
    expect(stepOf('You named a feeling. Next, ask: “Is that what you feel?”')).toBe('Ask: “Is that what you feel?”');
    expect(stepOf('“You make me” blames. Next, own it: “I feel … when …”.')).toBe('Own it: “I feel … when …”');
  });

  it('summarises progress for screen readers', () => {
    const items = liveChecklist(fb, 'I feel lonely when you work late')!;
    expect(liveSummary(items)).toBe('2 of 4 parts in place so far.');
    expect(liveSummary(items.map((i) => ({ ...i, done: true })))).toMatch(/Every part/);
  });
});

describe('feedback after Check', () => {
  it('puts what worked first, then one next step, with the words to highlight', () => {
    const r = review(fb, 1);
    expect(r.worked.map((c) => c.id)).toEqual(['feeling', 'situation']);
    expect(r.next?.id).toBe('wish');
    expect(r.marks).toEqual([
      { span: [7, 13], kind: 'worked' },
      { span: [14, 32], kind: 'worked' },
      { span: [38, 56], kind: 'next' },
    ]);
    expect(reviewSummary(r)).toBe(`Nearly there. ${fb.checks[0]!.message} ${fb.checks[2]!.message}`);
  });

  it('has no next step when everything passed', () => {
    const all: Feedback = { verdict: 'strong', score: 1, checks: fb.checks.map((c) => ({ ...c, passed: true })) };
    expect(review(all, 3).next).toBeUndefined();
    expect(review(all, 3).marks.every((m) => m.kind === 'worked')).toBe(true);
  });

  it('meets a first try kindly and never sounds like a grade', () => {
    const headings = [1, 2, 5].flatMap((n) =>
      (['strong', 'almost', 'needs-work'] as const).map((v) => verdictHeading(v, n)),
    );
    for (const h of headings) expect(h).not.toMatch(/wrong|fail|bad|incorrect|score|\d/i);
    expect(verdictHeading('needs-work', 1)).not.toBe(verdictHeading('needs-work', 2));
  });
});

describe('segments', () => {
  it('returns the text as one run without marks', () => {
    expect(segments('hello', [])).toEqual([{ text: 'hello' }]);
    expect(segments('', [{ span: [0, 3], kind: 'next' }])).toEqual([]);
  });

  it('lets the next step win where spans overlap, and clamps spans to the text', () => {
    const marks: Mark[] = [
      { span: [0, 6], kind: 'worked' },
      { span: [4, 9], kind: 'next' },
      { span: [20, 99], kind: 'worked' },
    ];
    expect(segments('I feel sad today, ok?', marks)).toEqual([
      { text: 'I fe', mark: 'worked' },
      { text: 'el sa', mark: 'next' },
      { text: 'd today, ok' },
      { text: '?', mark: 'worked' },
    ]);
  });

  it('always joins back to the original text', () => {
    const mark = fc.record({
      span: fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 60 })),
      kind: fc.constantFrom<'worked' | 'next'>('worked', 'next'),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.array(mark, { maxLength: 6 }), (text, marks) => {
        const segs = segments(text, marks);
        expect(segs.map((s) => s.text).join('')).toBe(text);
        for (let i = 1; i < segs.length; i++) expect(segs[i]!.mark).not.toBe(segs[i - 1]!.mark);
      }),
    );
  });
});

describe('insertWord', () => {
  it('adds spaces only where needed and puts the caret after the word', () => {
    expect(insertWord('', 0, 0, 'sad')).toEqual({ text: 'sad', caret: 3 });
    expect(insertWord('I feel', 6, 6, 'sad')).toEqual({ text: 'I feel sad', caret: 10 });
    expect(insertWord('I feel ', 7, 7, 'sad')).toEqual({ text: 'I feel sad', caret: 10 });
    expect(insertWord('I feel when', 7, 7, 'left out')).toEqual({ text: 'I feel left out when', caret: 15 });
    expect(insertWord('I feel.', 6, 6, 'sad')).toEqual({ text: 'I feel sad.', caret: 10 });
  });

  it('replaces a selection and survives out-of-range positions', () => {
    expect(insertWord('I feel bad today', 7, 10, 'hurt')).toEqual({ text: 'I feel hurt today', caret: 11 });
    expect(insertWord('abc', 10, 2, 'x').text).toBe('abc x');
  });
});
