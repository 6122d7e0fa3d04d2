// Balanced accuracy per reviewer on the labelled development corpus (fails below 95%).
import { describe, expect, it } from 'vitest';
import { load, REVIEWERS, score } from './corpus';

describe('feedback accuracy on the development corpus', () => {
  for (const reviewer of REVIEWERS) {
    it(`${reviewer}: balanced accuracy >= 95%`, () => {
      const cases = load(`${reviewer}.json`);
      const s = score(reviewer, cases);
      const per = Object.entries(s.recall)
        .map(([k, v]) => `${k} ${(v * 100).toFixed(0)}%`)
        .join(', ');
      console.log(`[dev] ${reviewer}: balanced accuracy ${(s.balanced * 100).toFixed(1)}% on ${s.n} cases (${per})`);
      for (const m of s.misses) console.log(`   miss: expected ${m.label}, got ${m.got}: ${m.text}`);
      expect(s.balanced).toBeGreaterThanOrEqual(0.95);
    });
  }
});

// Held-out cases written after the rules froze: reported, not tuned to, and not a gate.
describe('feedback accuracy on the held-out set (report only)', () => {
  const all = load('holdout.json');
  for (const reviewer of REVIEWERS) {
    it(`${reviewer}: held-out balanced accuracy (printed)`, () => {
      const cases = all.filter((c) => c.reviewer === reviewer);
      expect(cases.length).toBeGreaterThanOrEqual(10);
      const s = score(reviewer, cases);
      console.log(`[holdout] ${reviewer}: balanced accuracy ${(s.balanced * 100).toFixed(1)}% on ${s.n} cases`);
      for (const m of s.misses) console.log(`   miss: expected ${m.label}, got ${m.got}: ${m.text}`);
    });
  }
});
