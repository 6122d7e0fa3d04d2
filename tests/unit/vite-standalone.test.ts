import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleStandalone, standalone } from '../../scripts/vite-standalone.mjs';
import { DRILL_IDS, type Reviewer } from '../../src/lib/drills';

const reviewerFile = (id: string) => resolve(`src/lib/drill-reviewers/${id}.ts`);
const OTHERS: Record<string, RegExp> = {
  'i-statements': /function reviewMirror\b|function reviewRequest\b/,
  mirroring: /function reviewIStatement\b|function reviewEmpathy\b/,
  validation: /function reviewMirror\b|function reviewIStatement\b/,
  empathy: /function reviewRequest\b|function reviewValidation\b/,
  requests: /function reviewIStatement\b|function reviewEmpathy\b/,
};

describe('standalone drill reviewers', () => {
  it.each(DRILL_IDS)('%s bundles its own reviewer only, and reviews exactly like the source', async (id) => {
    const { code, inputs } = await bundleStandalone(reviewerFile(id));
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).not.toMatch(OTHERS[id]!);
    expect(inputs.some((f) => f.includes('/feedback/'))).toBe(true);

    const dir = mkdtempSync(join(tmpdir(), 'standalone-'));
    const file = join(dir, `${id}.mjs`);
    writeFileSync(file, code);
    const bundled = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { review: Reviewer };
    const source = (await import(`../../src/lib/drill-reviewers/${id}.ts`)) as { review: Reviewer };
    const prompt = { message: "I feel lonely when you work late. I'd love a walk together on Sunday." };
    for (const text of [
      '',
      'You never listen to me!',
      "If I got it, you feel lonely when I work late. You'd love a walk on Sunday. Did I get that?",
      'It makes sense to me that you feel lonely, because the evenings are long.',
      'I imagine you might be feeling lonely and unseen. Is that what you feel?',
      'Would you be willing to walk with me on Sunday after lunch for half an hour?',
    ]) {
      expect(bundled.review(prompt, text), text).toEqual(source.review(prompt, text));
    }
  });

  it('loads marked modules bundled and leaves the rest to Vite', async () => {
    const plugin = standalone();
    const load = plugin.load as (
      this: { addWatchFile: (f: string) => void },
      id: string,
    ) => Promise<string | undefined>;
    const watched: string[] = [];
    const ctx = { addWatchFile: (f: string) => void watched.push(f) };
    expect(await load.call(ctx, resolve('src/lib/drills.ts'))).toBeUndefined();
    expect(await load.call(ctx, resolve('src/components/islands/DrillRunner.tsx'))).toBeUndefined();
    const code = await load.call(ctx, reviewerFile('validation'));
    expect(code).toContain('reviewValidation');
    expect(watched.some((f) => f.endsWith('/feedback/validation.ts'))).toBe(true);
  });
});
