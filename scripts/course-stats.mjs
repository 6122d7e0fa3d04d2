// Prints every lesson with its word count (prose only), and the total: `node scripts/course-stats.mjs`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const base = 'src/content/lessons';
const countWords = (body) =>
  body
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#>*_`[\]|-]/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
let total = 0;
let n = 0;
for (const folder of readdirSync(base).sort()) {
  for (const file of readdirSync(join(base, folder)).sort()) {
    const text = readFileSync(join(base, folder, file), 'utf8');
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    const words = countWords(body);
    total += words;
    n++;
    console.log(`${folder}/${file.replace(/\.mdx$/, '')}\t${words}`);
  }
}
console.log(`${n} lessons\t${total} words`);
