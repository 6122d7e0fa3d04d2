import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHeaders, serve } from '../../scripts/quality/serve.mjs';

const SITE = 'tests/fixtures/site';
let server: Awaited<ReturnType<typeof serve>>;
let base = '';

beforeAll(async () => {
  server = await serve(SITE, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
});

describe('readHeaders', () => {
  it('reads _headers rules in order, with * as a wildcard', () => {
    const rules = readHeaders(SITE);
    expect(rules.map(([re]) => re.test('/_astro/x.js'))).toEqual([true, true]);
    expect(rules.map(([re]) => re.test('/about/'))).toEqual([true, false]);
    expect(rules[0]![1]).toEqual({ 'X-Test': 'all', 'Referrer-Policy': 'no-referrer' });
  });
});

describe('serve, like a static host', () => {
  it('gzips HTML for clients that accept it and sends the _headers headers', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-test')).toBe('all');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toContain('<title>Home</title>');
  });

  it('applies path-specific rules', async () => {
    const res = await fetch(`${base}/_astro/preact.js`);
    expect(res.headers.get('cache-control')).toBe('immutable');
    expect(res.headers.get('content-type')).toMatch(/javascript/);
  });

  it('redirects a folder without its slash and serves 404.html for unknown paths', async () => {
    const folder = await fetch(`${base}/lessons/big`, { redirect: 'manual' });
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe('/lessons/big/');
    const missing = await fetch(`${base}/nowhere/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Lost');
  });

  it('sends gzip to clients that accept it, and the plain file to others', async () => {
    const raw = (encoding: string) =>
      new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
        get(`${base}/_astro/big.js`, { headers: { 'Accept-Encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
    const file = readFileSync(`${SITE}/_astro/big.js`);
    const zipped = await raw('gzip, br');
    expect(zipped.encoding).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(file.length);
    expect(gunzipSync(zipped.body).equals(file)).toBe(true);
    const plain = await raw('identity');
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.equals(file)).toBe(true);
  });
});
