// Reports what dist/sw.js precaches: files and kilobytes, raw and gzipped, by kind.
// Usage: npm run build && node scripts/precache-size.mjs [dir]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const sw = readFileSync(path.join(dir, 'sw.js'), 'utf8');
const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]);
if (urls.length === 0) throw new Error(`No precache manifest found in ${dir}/sw.js`);

const kind = (url) => (url.endsWith('.html') ? 'pages' : (/^(_astro|pagefind|icons)\//.exec(url)?.[1] ?? 'other'));
const rows = new Map();
for (const url of urls) {
  const body = readFileSync(path.join(dir, url));
  const row = rows.get(kind(url)) ?? { files: 0, raw: 0, gzip: 0 };
  row.files += 1;
  row.raw += body.length;
  row.gzip += gzipSync(body, { level: 9 }).length;
  rows.set(kind(url), row);
}
const total = [...rows.values()].reduce(
  (a, r) => ({ files: a.files + r.files, raw: a.raw + r.raw, gzip: a.gzip + r.gzip }),
  {
    files: 0,
    raw: 0,
    gzip: 0,
  },
);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
console.log(`${'kind'.padEnd(10)}${'files'.padStart(6)}${'raw'.padStart(10)}${'gzip'.padStart(10)}`);
for (const [name, r] of [...rows].sort())
  console.log(`${name.padEnd(10)}${String(r.files).padStart(6)}${kb(r.raw)}${kb(r.gzip)}`);
console.log(`${'total'.padEnd(10)}${String(total.files).padStart(6)}${kb(total.raw)}${kb(total.gzip)}`);
