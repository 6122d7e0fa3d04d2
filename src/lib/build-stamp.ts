/**
 * Changes with every build. Pagefind adds a fresh timestamp to its first request unless it is
 * given a tag; with this one, a browser can answer that request from its cache (and a service
 * worker can keep it) until the next build.
 */
export const BUILD_STAMP = Date.now().toString(36);
