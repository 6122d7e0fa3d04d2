// Reads the built site in dist/: which pages exist, what type each one is, and what each page
// loads (HTML, CSS, JavaScript up front and JavaScript of islands that wait for the reader).
// Used by `npm run size`, the dist tests and the browser sweeps, so every page any branch adds is
// checked the day it lands, without a list to keep up to date.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init as initLexer, parse as parseImports } from 'es-module-lexer';
import { parse as parseHtml } from 'node-html-parser';

/** Directories of dist/ that hold no pages of ours (the search index ships its own files). */
const SKIP_DIRS = new Set(['_astro', 'pagefind']);

/**
 * Every HTML page in `dist`, as `{ file, url }`, sorted by URL. `url` is the path a browser asks
 * for: `/` for index.html, `/about/` for about/index.html, `/404.html` for a top-level file.
 * @param {string} dist
 * @returns {{ file: string; url: string }[]}
 */
export function listPages(dist = 'dist') {
  if (!existsSync(dist)) throw new Error(`${dist}/ does not exist: run \`npm run build\` first.`);
  /** @type {{ file: string; url: string }[]} */
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (dir === dist && SKIP_DIRS.has(name)) continue;
        walk(full);
      } else if (name.endsWith('.html')) {
        const rel = relative(dist, full).split(sep).join('/');
        const url = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -10)}` : `/${rel}`;
        pages.push({ file: full, url });
      }
    }
  };
  walk(dist);
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * The kind of page a URL is, for budgets and reports. Derived from the path alone, so new pages
 * fall into a type without any registration.
 * @param {string} url
 * @returns {'home' | 'lesson' | 'module' | 'drill' | 'dialogue' | 'my-practice' | 'search' | 'reference' | 'other'}
 */
export function pageType(url) {
  if (url === '/') return 'home';
  if (/^\/lessons\/[^/]+\/$/.test(url)) return 'lesson';
  if (/^\/modules\/[^/]+\/$/.test(url)) return 'module';
  if (url.startsWith('/practice/dialogue/')) return 'dialogue';
  if (/^\/practice\/[^/]+\/$/.test(url)) return 'drill';
  if (url.startsWith('/my-practice/')) return 'my-practice';
  if (url.startsWith('/search/')) return 'search';
  // Long reference pages whose content is one piece: every term on one page is the point.
  if (url === '/glossary/') return 'reference';
  return 'other';
}

/** gzip size at the level most static hosts use by default. */
export function gzipSize(/** @type {string | Buffer} */ data) {
  return gzipSync(data, { level: 6 }).length;
}

const LOADING_RELS = new Set([
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'manifest',
  'preload',
  'modulepreload',
  'prefetch',
]);
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
/** Island directives whose JavaScript waits until the reader reaches the island. */
const DEFERRED_DIRECTIVES = new Set(['visible', 'media']);

/**
 * @typedef {object} PageLoad
 * @property {string} url
 * @property {string} type
 * @property {number} html      gzip bytes of the HTML document
 * @property {number} css       gzip bytes of linked stylesheets (and what they import) plus inline <style>
 * @property {number} jsUpfront gzip bytes of JavaScript run on load: scripts, modulepreloads, eager islands
 * @property {number} jsDeferred gzip bytes of JavaScript that only client:visible / client:media islands add
 * @property {number} jsTotal   jsUpfront + jsDeferred
 * @property {number} fonts     bytes of font files the CSS references
 * @property {number} islands   number of astro-island elements
 * @property {string[]} upfrontFiles files (URLs) counted in jsUpfront, inline scripts as `inline:<n>`
 * @property {string[]} deferredFiles files counted in jsDeferred
 * @property {string[]} lazyFiles files only reachable through dynamic import(), not counted
 * @property {string[]} external  URLs of other origins the page loads (links, scripts, images, CSS url())
 * @property {string[]} missing   same-origin files the page refers to that are not in dist/
 */

/**
 * Measures what one built page loads. Follows `<link rel=stylesheet>`, `<script src>`, inline
 * module scripts, `<link rel=modulepreload>` and every astro-island's component-url and
 * renderer-url through their static `import` chains in dist/.
 * @param {string} dist
 * @param {{ file: string; url: string }} page
 * @returns {Promise<PageLoad>}
 */
export async function measurePage(dist, page) {
  await initLexer();
  const source = readFileSync(page.file, 'utf8');
  const doc = parseHtml(source, { comment: false, blockTextElements: { script: true, style: true } });
  const base = new URL(page.url, 'http://site.invalid');
  /** @type {string[]} */
  const missing = [];
  /** @type {Set<string>} */
  const external = new Set();

  /** Resolves a reference to a dist path, or records it as external. */
  const local = (/** @type {string} */ ref, /** @type {URL} */ from = base) => {
    if (!ref || ref.startsWith('data:') || ref.startsWith('#')) return undefined;
    const u = new URL(ref, from);
    if (u.origin !== base.origin) {
      external.add(u.href);
      return undefined;
    }
    return u;
  };
  const fileFor = (/** @type {URL} */ u) => join(dist, ...decodeURIComponent(u.pathname).split('/').filter(Boolean));

  // CSS
  let css = 0;
  let fonts = 0;
  const seenCss = new Set();
  const addCss = (/** @type {URL} */ u) => {
    if (seenCss.has(u.pathname)) return;
    seenCss.add(u.pathname);
    const f = fileFor(u);
    if (!existsSync(f)) return void missing.push(u.pathname);
    const text = readFileSync(f, 'utf8');
    css += gzipSize(text);
    fonts += cssUrls(text, u, local, fileFor, missing, addCss);
  };
  for (const link of doc.querySelectorAll('link')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    // Only links that make the browser fetch something: canonical, alternate, etc. do not.
    if (!rel.some((r) => LOADING_RELS.has(r))) continue;
    const u = local(link.getAttribute('href') ?? '');
    if (!u) continue;
    if (rel.includes('stylesheet')) addCss(u);
    else if (!existsSync(fileFor(u))) missing.push(u.pathname);
  }
  for (const style of doc.querySelectorAll('style')) {
    css += gzipSize(style.rawText);
    fonts += cssUrls(style.rawText, base, local, fileFor, missing, addCss);
  }
  for (const el of doc.querySelectorAll('[src], img[srcset], source[srcset]')) {
    if (el.tagName === 'SCRIPT') continue;
    const src = el.getAttribute('src');
    if (src) {
      const u = local(src);
      if (u && !existsSync(fileFor(u))) missing.push(u.pathname);
    }
  }

  // JavaScript: a module graph walk from each entry point.
  /** @type {Map<string, { bytes: number; imports: string[]; dynamic: string[] }>} */
  const modules = new Map();
  const readModule = (/** @type {URL} */ u) => {
    const key = u.pathname;
    const cached = modules.get(key);
    if (cached) return cached;
    const f = fileFor(u);
    if (!existsSync(f)) {
      missing.push(key);
      const none = { bytes: 0, imports: [], dynamic: [] };
      modules.set(key, none);
      return none;
    }
    const code = readFileSync(f, 'utf8');
    const info = { bytes: gzipSize(code), ...importsOf(code, u, local) };
    modules.set(key, info);
    return info;
  };
  /** Adds `u` and its static imports to `into`; dynamic imports go to `lazy`. */
  const closure = (
    /** @type {string[]} */ starts,
    /** @type {Set<string>} */ into,
    /** @type {Set<string>} */ lazy,
  ) => {
    const queue = [...starts];
    while (queue.length) {
      const path = /** @type {string} */ (queue.shift());
      if (into.has(path)) continue;
      into.add(path);
      const info = readModule(new URL(path, base));
      queue.push(...info.imports);
      for (const d of info.dynamic) lazy.add(d);
    }
  };

  /** @type {Set<string>} */
  const upfront = new Set();
  /** @type {Set<string>} */
  const deferred = new Set();
  /** @type {Set<string>} */
  const lazy = new Set();
  let inlineBytes = 0;
  let inlineCount = 0;
  for (const script of doc.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (!JS_TYPES.has(type)) continue;
    const src = script.getAttribute('src');
    if (src) {
      const u = local(src);
      if (u) closure([u.pathname], upfront, lazy);
    } else {
      const code = script.rawText;
      if (!code.trim()) continue;
      inlineBytes += gzipSize(code);
      inlineCount++;
      if (type === 'module') {
        const { imports, dynamic } = importsOf(code, base, local);
        closure(imports, upfront, lazy);
        for (const d of dynamic) lazy.add(d);
      }
    }
  }
  for (const link of doc.querySelectorAll('link[rel="modulepreload"]')) {
    const u = local(link.getAttribute('href') ?? '');
    if (u) closure([u.pathname], upfront, lazy);
  }
  const islands = doc.querySelectorAll('astro-island');
  /** @type {string[]} */
  const deferredStarts = [];
  for (const island of islands) {
    const starts = ['component-url', 'renderer-url']
      .map((a) => local(island.getAttribute(a) ?? ''))
      .filter((u) => u !== undefined)
      .map((u) => u.pathname);
    if (DEFERRED_DIRECTIVES.has(island.getAttribute('client') ?? '')) deferredStarts.push(...starts);
    else closure(starts, upfront, lazy);
  }
  /** @type {Set<string>} */
  const withDeferred = new Set(upfront);
  closure(deferredStarts, withDeferred, lazy);
  const deferredOnly = [...withDeferred].filter((p) => !upfront.has(p));
  for (const p of deferredOnly) deferred.add(p);
  for (const p of withDeferred) lazy.delete(p);

  const sum = (/** @type {Iterable<string>} */ paths) =>
    [...paths].reduce((n, p) => n + (modules.get(p)?.bytes ?? 0), 0);
  const jsUpfront = inlineBytes + sum(upfront);
  const jsDeferred = sum(deferred);
  return {
    url: page.url,
    type: pageType(page.url),
    html: gzipSize(source),
    css,
    jsUpfront,
    jsDeferred,
    jsTotal: jsUpfront + jsDeferred,
    fonts,
    islands: islands.length,
    upfrontFiles: [...Array.from({ length: inlineCount }, (_, i) => `inline:${i + 1}`), ...upfront],
    deferredFiles: [...deferred],
    lazyFiles: [...lazy],
    external: [...external],
    missing: [...new Set(missing)],
  };
}

/**
 * Static and dynamic import specifiers of a module, resolved against `from` to site paths.
 * @param {string} code
 * @param {URL} from
 * @param {(ref: string, from: URL) => URL | undefined} local
 */
function importsOf(code, from, local) {
  const [imports] = parseImports(code);
  /** @type {string[]} */
  const staticImports = [];
  /** @type {string[]} */
  const dynamic = [];
  for (const imp of imports) {
    const kind = /** @type {{ type: string }} */ (imp).type;
    const specifier = /** @type {{ specifier?: string }} */ (imp).specifier;
    if (!specifier || (kind !== 'static' && kind !== 'reexport-star' && kind !== 'dynamic')) continue;
    const u = local(specifier, from);
    if (!u) continue;
    (kind === 'dynamic' ? dynamic : staticImports).push(u.pathname);
  }
  // Vite lists a dynamic import's dependencies in __vite__mapDeps: they load lazily too.
  const deps = /__vite__mapDeps=\([^)]*?\[([^\]]*)\]/.exec(code);
  if (deps?.[1]) {
    for (const m of deps[1].matchAll(/"([^"]+)"/g)) {
      const u = local(`/${m[1]}`, from);
      if (u) dynamic.push(u.pathname);
    }
  }
  return { imports: staticImports, dynamic };
}

/**
 * Follows url() and @import references of a stylesheet; returns the bytes of font files.
 * @param {string} text
 * @param {URL} from
 * @param {(ref: string, from: URL) => URL | undefined} local
 * @param {(u: URL) => string} fileFor
 * @param {string[]} missing
 * @param {(u: URL) => void} addCss
 */
function cssUrls(text, from, local, fileFor, missing, addCss) {
  let fonts = 0;
  for (const m of text.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)["']?\s*\)?/g)) {
    const u = local(/** @type {string} */ (m[1]), from);
    if (u) addCss(u);
  }
  for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
    const u = local(/** @type {string} */ (m[1]).trim(), from);
    if (!u) continue;
    const f = fileFor(u);
    if (!existsSync(f)) missing.push(u.pathname);
    else if (/\.(woff2?|ttf|otf|eot)$/i.test(u.pathname)) fonts += statSync(f).size;
  }
  return fonts;
}

/** Forward-slash path relative to the project, for messages. */
export function shown(/** @type {string} */ file) {
  return posix.normalize(file.split(sep).join('/'));
}
