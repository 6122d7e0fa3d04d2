/**
 * What the service worker precaches: every file the build writes to dist/ (pages, Astro assets,
 * the Pagefind index, icons, manifest), minus files a host never serves and Pagefind's optional
 * ready-made search interfaces when no page uses them. Pure and import-free so scripts/build-sw.mjs
 * can load it with Node directly.
 */

/** Globs (relative to dist/) never precached: host configuration, crawler files, source maps. */
export const PRECACHE_IGNORES: readonly string[] = [
  'sw.js',
  'workbox-*.js',
  '**/*.map',
  '_headers',
  '_redirects',
  '_routes.json',
  'robots.txt',
  'sitemap*.xml',
  '**/.DS_Store',
];

/**
 * Pagefind writes these interfaces next to its search API on every build. The site's own search
 * page uses the API (pagefind.js), so each of these is precached only when a built page or
 * script names it.
 */
export const PAGEFIND_OPTIONAL = [
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-ui.css',
  'pagefind/pagefind-modular-ui.js',
  'pagefind/pagefind-modular-ui.css',
  'pagefind/pagefind-component-ui.js',
  'pagefind/pagefind-component-ui.css',
  'pagefind/pagefind-highlight.js',
] as const;

/**
 * Returns the optional Pagefind files that no built text file refers to, to leave out of the
 * precache. `texts` are the contents of the built HTML, JS and CSS files.
 */
export function unusedPagefindExtras(
  texts: Iterable<string>,
  candidates: readonly string[] = PAGEFIND_OPTIONAL,
): string[] {
  const unused = new Set(candidates);
  for (const text of texts) {
    for (const file of unused) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      if (text.includes(name)) unused.delete(file);
    }
    if (unused.size === 0) break;
  }
  return candidates.filter((file) => unused.has(file));
}

/**
 * Returns the Pagefind WebAssembly files (`pagefind/wasm.<lang>.pagefind`, from `files`) that no
 * language in pagefind-entry.json loads. Returns none when the entry file cannot be read, so an
 * unexpected Pagefind format precaches too much rather than too little.
 */
export function unusedPagefindWasm(entryJson: string, files: readonly string[]): string[] {
  let used: Set<string>;
  try {
    const entry = JSON.parse(entryJson) as { languages?: Record<string, { wasm?: unknown }> };
    const wasm = Object.values(entry.languages ?? {}).map((l) => l.wasm);
    if (wasm.length === 0 || !wasm.every((w): w is string => typeof w === 'string')) return [];
    used = new Set(wasm);
  } catch {
    return [];
  }
  return files.filter((file) => {
    const m = /^pagefind\/wasm\.(.+)\.pagefind$/.exec(file);
    return m !== null && !used.has(m[1] ?? '');
  });
}

/** The page served for a navigation that is neither precached nor reachable. */
export const OFFLINE_FALLBACK = '/offline/index.html';

/** A one-line summary of the precache, as the build prints it. */
export function describePrecache(count: number, bytes: number): string {
  return `Service worker precaches ${count} files, ${(bytes / 1024).toFixed(1)} KB`;
}
