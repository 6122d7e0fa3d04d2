// A small static server for dist/ that behaves like a production static host: gzip, the headers
// of dist/_headers, /path -> /path/ redirects, and 404.html for unknown paths. Used by
// `npm run audit` so Lighthouse measures what people get, not an uncompressed preview server.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm))|image\/svg/;

/**
 * Rules of a Netlify/Cloudflare `_headers` file: [path pattern, headers] in file order.
 * @param {string} dist
 * @returns {[RegExp, Record<string, string>][]}
 */
export function readHeaders(dist) {
  const file = join(dist, '_headers');
  if (!existsSync(file)) return [];
  /** @type {[RegExp, Record<string, string>][]} */
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push([new RegExp(`^${pattern}$`), {}]);
    } else if (rules.length) {
      const at = line.indexOf(':');
      rules[rules.length - 1][1][line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/**
 * Serves `dist` on 127.0.0.1:`port`; resolves with the server once it listens.
 * @param {string} dist
 * @param {number} port
 * @returns {Promise<import('node:http').Server>}
 */
export function serve(dist, port) {
  const rules = readHeaders(dist);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    let file = normalize(join(dist, path));
    if (!file.startsWith(normalize(dist))) {
      res.writeHead(400).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(dist, '404.html');
      path = '/404.html';
    }
    const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream';
    /** @type {Record<string, string>} */
    const headers = { 'Content-Type': type };
    for (const [pattern, h] of rules) if (pattern.test(path)) Object.assign(headers, h);
    let body = readFileSync(file);
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body, { level: 6 });
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
