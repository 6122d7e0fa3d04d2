// Generates dist/sw.js with Workbox. Runs last in `npm run build`, after Astro and Pagefind, so
// the precache lists every file the build wrote, search index included.
// Usage: node scripts/build-sw.mjs [dir]   (dir defaults to dist)
import { existsSync } from 'node:fs';
import { glob, readFile } from 'node:fs/promises';
import path from 'node:path';
import { generateSW } from 'workbox-build';
import {
  describePrecache,
  OFFLINE_FALLBACK,
  PRECACHE_IGNORES,
  PAGEFIND_OPTIONAL,
  unusedPagefindExtras,
  unusedPagefindWasm,
} from '../src/lib/pwa/precache.ts';

const dir = process.argv[2] ?? 'dist';
if (!existsSync(path.join(dir, OFFLINE_FALLBACK))) {
  console.error(`build-sw: ${dir}${OFFLINE_FALLBACK} is missing; run astro build first.`);
  process.exit(1);
}

async function* builtTexts() {
  for await (const file of glob('**/*.{html,js,mjs,css}', { cwd: dir, exclude: [...PAGEFIND_OPTIONAL] })) {
    yield await readFile(path.join(dir, file), 'utf8');
  }
}

async function collect(iterable) {
  const out = [];
  for await (const x of iterable) out.push(x);
  return out;
}

const entryFile = path.join(dir, 'pagefind/pagefind-entry.json');
if (!existsSync(entryFile)) {
  console.error(`build-sw: ${entryFile} is missing; run pagefind --site ${dir} first.`);
  process.exit(1);
}
const unused = [
  ...unusedPagefindExtras(await collect(builtTexts())),
  ...unusedPagefindWasm(await readFile(entryFile, 'utf8'), await collect(glob('pagefind/wasm.*', { cwd: dir }))),
];

const { count, size, warnings } = await generateSW({
  globDirectory: dir,
  globPatterns: ['**/*'],
  globIgnores: [...PRECACHE_IGNORES, ...unused],
  swDest: path.join(dir, 'sw.js'),
  mode: 'production',
  sourcemap: false,
  inlineWorkboxRuntime: true,
  // A new version waits until the person accepts it or closes every tab (src/lib/pwa/updates.ts).
  skipWaiting: false,
  // On the very first visit the page is taken over as soon as the precache is complete.
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  // Astro's file names carry a content hash, so they need no cache-busting revision.
  dontCacheBustURLsMatching: /^_astro\//,
  // Query strings never change a static page (?q= on search, Pagefind's ?ts= on its entry file).
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  runtimeCaching: [
    {
      // A page the precache does not hold (a newer page, a mistyped address): ask the network,
      // and when that fails show the offline page instead of the browser's error.
      urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: OFFLINE_FALLBACK } },
    },
  ],
});

for (const warning of warnings) console.warn(`build-sw: ${warning}`);
if (warnings.length > 0) process.exit(1);
console.log(`${describePrecache(count, size)} (${dir}/sw.js)`);
