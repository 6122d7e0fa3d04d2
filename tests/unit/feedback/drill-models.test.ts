// Every model answer shown in a drill must earn 'strong' from the reviewer that drill uses.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  reviewEmpathy,
  reviewIStatement,
  reviewMirror,
  reviewRequest,
  reviewValidation,
  type Feedback,
} from '../../../src/lib/feedback/index';

interface Prompt {
  id: string;
  message: string;
  models: string[];
}

const DIR = fileURLToPath(new URL('../../../src/content/drills/', import.meta.url));
const REVIEW: Record<string, (message: string, model: string) => Feedback> = {
  'i-statements': (_, m) => reviewIStatement(m),
  mirroring: (message, m) => reviewMirror(message, m),
  validation: (_, m) => reviewValidation(m),
  empathy: (_, m) => reviewEmpathy(m),
  requests: (_, m) => reviewRequest(m),
};

const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

describe('drill model answers', () => {
  it('every drill file has a reviewer', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) expect(Object.keys(REVIEW)).toContain(f.replace(/\.json$/, ''));
  });

  for (const f of files) {
    const drill = f.replace(/\.json$/, '');
    it(`${drill}: every model answer is strong`, () => {
      const review = REVIEW[drill]!;
      const prompts = (JSON.parse(readFileSync(DIR + f, 'utf8')) as { prompts: Prompt[] }).prompts;
      expect(prompts.length).toBeGreaterThan(0);
      const weak: string[] = [];
      for (const p of prompts) {
        for (const m of p.models) {
          const fb = review(p.message, m);
          if (fb.verdict !== 'strong') {
            const next = fb.checks.find((c) => !c.passed)?.message ?? '';
            weak.push(`${p.id}: ${fb.verdict}: ${m}\n      ${next}`);
          }
        }
      }
      expect(weak, weak.join('\n')).toEqual([]);
    });
  }
});
