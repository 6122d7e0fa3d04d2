// Measures the JavaScript a built page loads: its external and inline scripts, the component and
// renderer of each island, and every module those import, followed through `import` statements.
// Sizes are gzip (level 9), each file counted once. Dynamic `import()`s are listed apart: they
// load only when used (Astro's Preact renderer, for example, imports signals only for signal props).
//
//   node scripts/js-budget.mjs practice/mirroring [more pages...]     (paths under dist/)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const gz = (text) => gzipSync(text, { level: 9 }).length;

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

function attr(tag, name) {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? m[1].replace(/&amp;/g, '&') : undefined;
}

/**
 * @param {string} dist absolute path of the built site
 * @param {string} page page path under dist, e.g. "practice/mirroring" (its index.html is read)
 * @returns {{ page: string, total: number, files: { url: string, bytes: number }[], inline: number[], dynamic: string[] }}
 */
export function measurePage(dist, page) {
  const htmlPath = join(dist, page.replace(/^\/|\/$/g, ''), 'index.html');
  const html = readFileSync(htmlPath, 'utf8');
  const pageUrl = '/' + page.replace(/^\/|\/$/g, '') + '/';
  const entry = new Set();
  const inline = [];
  const inlineSources = [];

  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const [, attrs, body] = m;
    const type = attr(attrs, 'type');
    if (type && !/module|javascript/.test(type)) continue;
    const src = attr(attrs, 'src');
    if (src) entry.add(posix.resolve(posix.dirname(pageUrl), src));
    else if (body.trim()) {
      inline.push(gz(body));
      inlineSources.push(body);
    }
  }
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const name of ['component-url', 'renderer-url']) {
      const url = attr(m[0], name);
      if (url) entry.add(posix.resolve('/', url));
    }
  }

  const seen = new Map();
  const dynamic = new Set();
  const queue = [...entry];
  const follow = (code, fromUrl) => {
    for (const m of code.matchAll(STATIC_IMPORT)) {
      if (/^[./]/.test(m[1])) queue.push(posix.resolve(posix.dirname(fromUrl), m[1]));
    }
    for (const m of code.matchAll(DYNAMIC_IMPORT)) {
      if (/^[./]/.test(m[1])) dynamic.add(posix.resolve(posix.dirname(fromUrl), m[1]));
    }
  };
  for (const body of inlineSources) follow(body, pageUrl);
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    const file = join(dist, url);
    if (!existsSync(file)) throw new Error(`${page} loads ${url}, which is not in ${dist}`);
    const code = readFileSync(file, 'utf8');
    seen.set(url, gz(code));
    follow(code, url);
  }
  const files = [...seen].map(([url, bytes]) => ({ url, bytes }));
  const total = files.reduce((s, f) => s + f.bytes, 0) + inline.reduce((s, b) => s + b, 0);
  return { page: pageUrl, total, files, inline, dynamic: [...dynamic].filter((u) => !seen.has(u)) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
  for (const page of process.argv.slice(2)) {
    const r = measurePage(dist, page);
    console.log(`${r.page}: ${r.total} bytes gzip (${(r.total / 1024).toFixed(1)} KB)`);
    for (const f of r.files.sort((a, b) => b.bytes - a.bytes))
      console.log(`  ${String(f.bytes).padStart(6)}  ${f.url}`);
    if (r.inline.length)
      console.log(`  ${String(r.inline.reduce((s, b) => s + b, 0)).padStart(6)}  ${r.inline.length} inline scripts`);
    if (r.dynamic.length) console.log(`  not counted (loaded only on demand): ${r.dynamic.join(', ')}`);
  }
}
