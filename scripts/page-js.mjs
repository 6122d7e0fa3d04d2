// Measures the JavaScript a built page loads: reads dist/<page>/index.html, follows every script,
// island component and renderer, and their static imports; lists lazy (dynamic) imports apart.
// Usage: npm run build && node scripts/page-js.mjs /practice/dialogue/
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Buffer } from 'node:buffer';

const DIST = 'dist';
const page = process.argv[2] ?? '/';
const htmlPath = join(DIST, page, page.endsWith('.html') ? '' : 'index.html');
const html = readFileSync(htmlPath, 'utf8');

const gz = (s) => gzipSync(Buffer.from(s), { level: 9 }).length;
const STATIC = /(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC = /import\(\s*["']([^"']+\.js)["']\s*\)/g;
const DEPS_MAP = /__vite__mapDeps[^[]*\[([^\]]*)\]/;

const entries = new Set();
for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) entries.add(m[1]);
for (const m of html.matchAll(/(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g))
  if (m[1]) entries.add(m[1]);
for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) entries.add(m[1]);
const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => m[1])
  .filter((s) => s.trim());

const loaded = new Map(); // url -> { raw, gz }
const lazy = new Set();

function read(url) {
  const file = join(DIST, url);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

function follow(url, into) {
  if (into.has(url)) return;
  const src = read(url);
  if (src === null) return;
  into.set(url, { raw: Buffer.byteLength(src), gz: gz(src) });
  const base = posix.dirname(url);
  for (const m of src.matchAll(STATIC)) follow(posix.resolve(base, m[1]), into);
  for (const m of src.matchAll(DYNAMIC)) lazy.add(posix.resolve(base, m[1]));
  const deps = DEPS_MAP.exec(src);
  if (deps) for (const d of deps[1].matchAll(/["']([^"']+\.js)["']/g)) lazy.add('/' + d[1].replace(/^\//, ''));
}

for (const e of entries) follow(e, loaded);
for (const s of inline) for (const m of s.matchAll(STATIC)) follow(posix.resolve('/', m[1]), loaded);

const lazyOnly = new Map();
for (const l of lazy) if (!loaded.has(l)) follow(l, lazyOnly);
for (const l of lazyOnly.keys()) if (loaded.has(l)) lazyOnly.delete(l);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const table = (m) =>
  [...m]
    .sort((a, b) => b[1].gz - a[1].gz)
    .map(([u, s]) => `  ${kb(s.gz).padStart(9)} gz  ${kb(s.raw).padStart(9)} raw  ${u}`)
    .join('\n');
const sum = (m, k) => [...m.values()].reduce((t, s) => t + s[k], 0);
const inlineGz = inline.reduce((t, s) => t + gz(s), 0);

console.log(`JavaScript loaded by ${page} (${dirname(htmlPath)})`);
console.log(table(loaded));
console.log(`  ${kb(inlineGz).padStart(9)} gz  (${inline.length} inline scripts)`);
console.log(`Total at load: ${kb(sum(loaded, 'gz') + inlineGz)} gzip (${kb(sum(loaded, 'raw'))} raw files + inline)`);
if (lazyOnly.size) {
  console.log(`\nLoaded later, only when needed (dynamic imports):`);
  console.log(table(lazyOnly));
  console.log(`Total lazy: ${kb(sum(lazyOnly, 'gz'))} gzip`);
}
