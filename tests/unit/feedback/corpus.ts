// Loads the labelled corpus and scores a reviewer on it (shared by the accuracy tests).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  reviewEmpathy,
  reviewIStatement,
  reviewMirror,
  reviewRequest,
  reviewValidation,
  type Feedback,
  type Verdict,
} from '../../../src/lib/feedback/index';

export interface Case {
  text: string;
  original?: string;
  label: Verdict;
  note?: string;
  reviewer?: Reviewer;
}
export type Reviewer = 'i-statement' | 'mirror' | 'validation' | 'empathy' | 'request';
export const REVIEWERS: readonly Reviewer[] = ['i-statement', 'mirror', 'validation', 'empathy', 'request'];
export const VERDICTS: readonly Verdict[] = ['strong', 'almost', 'needs-work'];

export const FIXTURES = fileURLToPath(new URL('../../fixtures/feedback/', import.meta.url));

export function load(file: string): Case[] {
  return JSON.parse(readFileSync(FIXTURES + file, 'utf8')) as Case[];
}

export function run(reviewer: Reviewer, c: Pick<Case, 'text' | 'original'>): Feedback {
  switch (reviewer) {
    case 'i-statement':
      return reviewIStatement(c.text);
    case 'mirror':
      return reviewMirror(c.original ?? '', c.text);
    case 'validation':
      return reviewValidation(c.text);
    case 'empathy':
      return reviewEmpathy(c.text);
    case 'request':
      return reviewRequest(c.text);
  }
}

export interface Score {
  balanced: number;
  recall: Record<string, number>;
  misses: { text: string; label: Verdict; got: Verdict; note?: string }[];
  n: number;
}

/** Balanced accuracy: the mean of per-class recall over the classes present. */
export function score(reviewer: Reviewer, cases: readonly Case[]): Score {
  const recall: Record<string, number> = {};
  const misses: Score['misses'] = [];
  const recalls: number[] = [];
  for (const v of VERDICTS) {
    const of = cases.filter((c) => c.label === v);
    if (!of.length) continue;
    let ok = 0;
    for (const c of of) {
      const got = run(reviewer, c).verdict;
      if (got === v) ok++;
      else misses.push({ text: c.text, label: v, got, note: c.note });
    }
    recall[v] = ok / of.length;
    recalls.push(ok / of.length);
  }
  const balanced = recalls.length ? recalls.reduce((a, b) => a + b, 0) / recalls.length : 0;
  return { balanced, recall, misses, n: cases.length };
}
