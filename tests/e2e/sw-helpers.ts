// Helpers for the service worker tests. serveStatic is a tiny static server: Unlike the shared `astro preview`, each test
// gets its own origin (so its own service worker), can switch to another build in place (a new
// deploy at the same address) and can be shut down (a real loss of connection).
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

export interface StaticSite {
  /** Origin, e.g. http://127.0.0.1:40123 */
  url: string;
  /** Serves another folder from now on, like a new deploy. */
  setRoot(dir: string): void;
  /** Every request so far, in order, by path. */
  requests: { path: string }[];
  close(): Promise<void>;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Serves `dir` on a free port of 127.0.0.1 the way a static host serves dist/. */
export async function serveStatic(dir: string): Promise<StaticSite> {
  let root = path.resolve(dir);
  const requests: StaticSite['requests'] = [];
  const server: Server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    requests.push({ path: pathname });
    const rel = decodeURIComponent(pathname);
    let file = path.join(root, rel);
    if (!file.startsWith(root)) {
      res.writeHead(400).end();
      return;
    }
    if (rel.endsWith('/')) file = path.join(file, 'index.html');
    else if (!(await isFile(file)) && (await isFile(path.join(file, 'index.html')))) {
      res.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    if (!(await isFile(file))) {
      res.writeHead(404, { 'Content-Type': TYPES['.html']!, 'Cache-Control': 'no-cache' });
      res.end(await readFile(path.join(root, '404.html')).catch(() => 'Not found'));
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    res.end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setRoot(next) {
      root = path.resolve(next);
    },
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/** Waits until the service worker has precached the site and controls the page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30_000 });
}

/** Everything in the page's localStorage, to compare before and after an update. */
export function storageSnapshot(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      out[key] = localStorage.getItem(key)!;
    }
    return out;
  });
}
