import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { measurePage } from '../../scripts/js-budget.mjs';

/** Most JavaScript a drill page may load, gzip, engine included (issue 5). */
const BUDGET = 30 * 1024;

interface Measure {
  page: string;
  total: number;
  files: { url: string; bytes: number }[];
  inline: number[];
  dynamic: string[];
}

test('each drill page loads at most 30 KB of JavaScript (gzip), engine included', () => {
  const dist = resolve('dist');
  const drills = readdirSync('src/content/drills').map((f) => f.replace(/\.json$/, ''));
  expect(drills.length).toBe(5);
  const rows: string[] = [];
  for (const id of drills) {
    const m = measurePage(dist, `practice/${id}`) as Measure;
    // The island, its renderer and the reviewer must be among what was counted.
    expect(
      m.files.some((f) => /Drill\.[\w-]+\.js$/.test(f.url)),
      `${id} island`,
    ).toBe(true);
    expect(
      m.files.some((f) => /preact\.module/.test(f.url)),
      `${id} preact`,
    ).toBe(true);
    rows.push(`${m.page.padEnd(26)} ${String(m.total).padStart(6)} B  (${(m.total / 1024).toFixed(1)} KB)`);
    expect(m.total, `${m.page}: ${m.files.map((f) => `${f.url} ${f.bytes}`).join(', ')}`).toBeLessThanOrEqual(BUDGET);
  }
  console.log(`JavaScript per drill page, gzip:\n${rows.join('\n')}`);
});
