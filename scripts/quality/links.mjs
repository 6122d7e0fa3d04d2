// Internal link and anchor check over a built site, with linkinator serving the folder locally.
// Links to other origins are not fetched (tests run offline); they are listed for the report.
import { LinkChecker } from 'linkinator';

/**
 * Checks every page's links, anchors (#fragment) and CSS url()s against the files in `dist`.
 * @param {string} dist
 * @param {{ pending?: string[] }} [options] site paths that may be linked before they exist
 * @returns {Promise<{ broken: string[]; checked: number; external: string[] }>}
 */
export async function checkLinks(dist, options = {}) {
  const pending = new Set(options.pending ?? []);
  /** @type {Set<string>} */
  const external = new Set();
  const checker = new LinkChecker();
  const result = await checker.check({
    path: ['**/*.html'],
    serverRoot: dist,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 20,
    linksToSkip: async (link) => {
      const u = new URL(link);
      if (u.hostname !== 'localhost' && u.hostname !== '127.0.0.1') {
        external.add(u.origin + u.pathname);
        return true;
      }
      return pending.has(u.pathname);
    },
  });
  const broken = result.links
    .filter((l) => l.state === 'BROKEN')
    .map((l) => `${path(l.url)} (${l.status ?? 'error'}) linked from ${path(l.parent ?? '?')}`);
  return {
    broken: [...new Set(broken)].sort(),
    checked: result.links.filter((l) => l.state === 'OK').length,
    external: [...external].sort(),
  };
}

/** A local server URL shown as its site path. */
function path(/** @type {string} */ url) {
  try {
    const u = new URL(url);
    return u.hostname === 'localhost' || u.hostname === '127.0.0.1' ? u.pathname + u.hash : url;
  } catch {
    return url;
  }
}
