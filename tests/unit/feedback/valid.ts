// Shared assertion: shapes, score bands, spans and ordering every Feedback must follow.
import { expect } from 'vitest';
import type { Feedback } from '../../../src/lib/feedback/index';
import { VERDICTS } from './corpus';

const BANDS = { strong: [0.8, 1], almost: [0.5, 0.75], 'needs-work': [0, 0.45] } as const;

/** Shape, score band, spans and ordering rules every Feedback must follow. */
export function expectValid(fb: Feedback, text: string): void {
  expect(VERDICTS).toContain(fb.verdict);
  expect(Number.isFinite(fb.score)).toBe(true);
  const [lo, hi] = BANDS[fb.verdict];
  expect(fb.score).toBeGreaterThanOrEqual(lo);
  expect(fb.score).toBeLessThanOrEqual(hi);
  expect(Array.isArray(fb.checks)).toBe(true);
  expect(fb.checks.length).toBeGreaterThan(0);
  let seenFailed = false;
  for (const c of fb.checks) {
    expect(typeof c.id).toBe('string');
    expect(typeof c.passed).toBe('boolean');
    expect(typeof c.message).toBe('string');
    expect(c.message.length).toBeGreaterThan(0);
    // what worked first, then next steps
    if (!c.passed) seenFailed = true;
    else expect(seenFailed).toBe(false);
    if (c.span) {
      const [s, e] = c.span;
      expect(Number.isInteger(s) && Number.isInteger(e)).toBe(true);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(e).toBeGreaterThan(s);
      expect(e).toBeLessThanOrEqual(text.length);
      // the message quotes exactly the words the span points at
      expect(c.message).toContain(`\u201c${text.slice(s, e)}`);
    }
  }
  // a strong answer has nothing left to fix; anything else has at least one next step
  if (fb.verdict === 'strong') expect(fb.checks.every((c) => c.passed)).toBe(true);
  else expect(fb.checks.some((c) => !c.passed)).toBe(true);
}
