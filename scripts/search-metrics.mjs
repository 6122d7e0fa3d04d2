// Measures site search on the built site, for the numbers the search issue asks for:
//   index size on disk, bytes fetched for a first and a second query, and query time in the
//   browser (median and worst of 20 queries).
// Usage: npm run build && npm run search:metrics [-- --port N]   (default: a free port)
// It serves dist/ with `astro preview` on 127.0.0.1 (or uses SEARCH_METRICS_URL if set), drives
// Chromium through the real header dialog, and prints a table. Nothing leaves this machine.
/* global fetch, performance -- Node's fetch; performance runs inside the page. */
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { URL } from 'node:url';
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/browser.mjs';

const DIST = 'dist/pagefind';
/** Twenty things people type; the first two are the "first" and "second" query. */
const QUERIES = [
  'mirror',
  'apology',
  'triggered',
  'I statement',
  'validate',
  'stonewalling',
  'lonely',
  'we keep having the same fight',
  'is now a good time',
  'time out',
  'abuse',
  'Harville Hendrix',
  'how often',
  'feels awkward',
  'thank you',
  'empathy',
  'mirorring',
  'childhood',
  'couples therapist',
  'is there more',
];

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

// 1. Index size on disk.
const files = walk(DIST).map((p) => ({ p: p.slice(DIST.length + 1), size: statSync(p).size }));
const unusedUi = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;
const group = (test) => files.filter((f) => test(f.p)).reduce((s, f) => s + f.size, 0);
const sizes = {
  'index chunks (index/)': group((p) => p.startsWith('index/')),
  'page fragments (fragment/)': group((p) => p.startsWith('fragment/')),
  'filters (filter/)': group((p) => p.startsWith('filter/')),
  'runtime used (pagefind.js, worker, wasm, meta, entry)': group(
    (p) => !p.includes('/') && !unusedUi.test(p) && !p.startsWith('wasm.unknown'),
  ),
  'shipped by Pagefind, not loaded by this site (its UI bundles, wasm.unknown)': group(
    (p) => unusedUi.test(p) || p.startsWith('wasm.unknown'),
  ),
};
const total = files.reduce((s, f) => s + f.size, 0);
const gz = (name) => gzipSync(readFileSync(join(DIST, name))).length;

// 2. A server for the built site, on a port nobody else is using unless one is given.
const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
const port = Number(arg('--port', 0)) || (await freePort());
let base = process.env.SEARCH_METRICS_URL;
let server;
if (!base) {
  base = `http://127.0.0.1:${port}`;
  // The Node running this script (Node 24 under npm), not whatever `npx` would find first.
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  let errors = '';
  let exited = false;
  server.stderr.on('data', (d) => (errors += d));
  server.on('exit', () => (exited = true));
  for (let up = false; !up;) {
    if (exited) {
      console.error(`astro preview stopped: ${errors.trim()}`);
      console.error(
        'If a preview of this site is already running, pass its address: SEARCH_METRICS_URL=http://127.0.0.1:PORT',
      );
      process.exit(1);
    }
    up = await fetch(base + '/').then(
      (r) => r.ok,
      () => false,
    );
    if (!up) await sleep(200);
  }
}

const browser = await chromium.launch({ executablePath: await findChromium() });
try {
  const page = await browser.newPage();
  // Every finished request of the page and its web worker, with bytes as transferred (headers
  // and the body as encoded on the wire). Chromium reports no body size for a worker's own
  // script; that one is counted as its gzip size, which is what the preview server sends.
  const fetched = [];
  const pending = [];
  page.context().on('requestfinished', (request) =>
    pending.push(
      (async () => {
        const s = await request.sizes();
        let body = s.responseBodySize;
        if (body === 0) body = gzipSync((await (await request.response())?.body()) ?? Buffer.alloc(0)).length;
        fetched.push({ path: new URL(request.url()).pathname, bytes: body + s.responseHeadersSize });
      })(),
    ),
  );
  const settle = async () => {
    await page.waitForLoadState('networkidle');
    await Promise.all(pending.splice(0));
    return fetched.splice(0);
  };

  await page.goto(`${base}/lessons/mirroring/`);
  const pageLoad = (await settle()).reduce((s, f) => s + f.bytes, 0);

  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  const field = dialog.getByRole('searchbox');
  const status = dialog.getByRole('status');

  /** Types a query in the header dialog and waits for its results on screen; returns ms. */
  async function ask(q) {
    const t0 = Date.now();
    await field.fill(q);
    await status.filter({ hasText: `for “${q}”` }).waitFor();
    return Date.now() - t0;
  }

  await page.keyboard.press('/');
  await field.waitFor();
  const firstUiMs = await ask(QUERIES[0]);
  const first = await settle();
  const secondUiMs = await ask(QUERIES[1]);
  const second = await settle();

  // Engine time: Pagefind's search plus loading the data of the results a person sees (8), the
  // work behind each keystroke once search is open. Measured in the page with performance.now().
  // The first pass still fetches some index chunks and fragments; the second has them all.
  const time = () =>
    page.evaluate(async (queries) => {
      const pagefind = await import('/pagefind/pagefind.js');
      const times = [];
      for (const q of queries) {
        const t0 = performance.now();
        const search = await pagefind.search(q);
        await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
        times.push({ q, ms: performance.now() - t0, results: search.results.length });
      }
      return times;
    }, QUERIES);
  const engine = await time();
  const warm = await time();

  // End to end in the dialog (typing to results on screen, including the 120 ms typing pause).
  const ui = [];
  for (const q of QUERIES) {
    await field.fill('');
    ui.push(await ask(q));
  }

  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const mid = s.length / 2;
    const median = s.length % 2 ? s[Math.floor(mid)] : (s[mid - 1] + s[mid]) / 2;
    return { median, worst: s[s.length - 1] };
  };
  const sum = (xs) => xs.reduce((s, f) => s + f.bytes, 0);
  const list = (xs) =>
    Object.entries(
      xs.reduce((acc, f) => {
        const key = f.path.replace(/^\/pagefind\/(index|fragment|filter)\/.*$/, '/pagefind/$1/*');
        acc[key] = (acc[key] ?? 0) + f.bytes;
        return acc;
      }, {}),
    )
      .map(([p, b]) => `      ${p.padEnd(44)} ${kb(b)}`)
      .join('\n');

  const e = stats(engine.map((t) => t.ms));
  const w = stats(warm.map((t) => t.ms));
  const u = stats(ui);
  console.log(`Search metrics (${base}, Chromium ${browser.version()})

Index on disk (dist/pagefind): ${kb(total)} in ${files.length} files
${Object.entries(sizes)
  .map(([k, v]) => `  ${k.padEnd(76)} ${kb(v)}`)
  .join('\n')}
  gzip of what is fetched uncompressed: pagefind.js ${kb(gz('pagefind.js'))}, worker ${kb(gz('pagefind-worker.js'))}, wasm.en ${kb(gz(`wasm.en.pagefind`))}
  (index, fragment and filter files are gzipped by Pagefind already)

Page before search (a lesson): ${kb(pageLoad)} transferred
First query “${QUERIES[0]}” (opening search, UI chunk, Pagefind, index, results): ${kb(sum(first))} in ${first.length} requests, ${firstUiMs} ms to results
${list(first)}
Second query “${QUERIES[1]}”: ${kb(sum(second))} in ${second.length} requests, ${secondUiMs} ms to results
${list(second)}

Query time over ${QUERIES.length} queries, search open:
  Pagefind search + data of the first 8 results, first time each query is asked:
    median ${e.median.toFixed(1)} ms, worst ${e.worst.toFixed(1)} ms (“${engine.find((t) => t.ms === e.worst)?.q}”)
  the same, asked again (index chunks and fragments already loaded):
    median ${w.median.toFixed(1)} ms, worst ${w.worst.toFixed(1)} ms (“${warm.find((t) => t.ms === w.worst)?.q}”)
  typing to results on screen (incl. 120 ms pause): median ${u.median} ms, worst ${u.worst} ms
`);
} finally {
  await browser.close();
  if (server?.pid) {
    try {
      process.kill(-server.pid);
    } catch {
      // Already gone.
    }
  }
}
