import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { listPages } from '../../scripts/quality/site.mjs';

const pages = listPages('dist');
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Directives of a CSP string, as name -> list of sources. */
function directives(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

describe('Content-Security-Policy in every page', () => {
  it.each(pages.map((p) => [p.url, p.file] as const))('%s has a strict, hashed policy', (_url, file) => {
    const html = readFileSync(file, 'utf8');
    const doc = parse(html, { blockTextElements: { script: true, style: true } });
    const metas = doc.querySelectorAll('meta[http-equiv="content-security-policy"]');
    expect(metas).toHaveLength(1);
    const csp = directives(metas[0]!.getAttribute('content') ?? '');
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    const scriptSrc = csp.get('script-src') ?? [];
    const styleSrc = csp.get('style-src') ?? [];
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'https:', 'http:']) {
      expect(scriptSrc).not.toContain(unsafe);
      expect(styleSrc).not.toContain(unsafe);
    }
    expect(scriptSrc.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);

    // Every inline script and style is allowed by its hash, and comes after the policy.
    const cspAt = html.indexOf('http-equiv="content-security-policy"');
    for (const el of doc.querySelectorAll('script:not([src]), style')) {
      const kind = el.tagName === 'SCRIPT' ? scriptSrc : styleSrc;
      const type = el.getAttribute('type');
      if (type && type !== 'module' && el.tagName === 'SCRIPT') continue; // data blocks do not run
      expect(kind, `${el.tagName} ${el.rawText.slice(0, 60)}`).toContain(sha256(el.rawText));
      expect(el.range[0]).toBeGreaterThan(cspAt);
    }
  });

  it.each(pages.map((p) => [p.url, p.file] as const))('%s has no inline handlers, style attributes or javascript: URLs', (_url, file) => {
    const doc = parse(readFileSync(file, 'utf8'));
    for (const el of doc.querySelectorAll('*')) {
      for (const name of Object.keys(el.attributes)) {
        expect(name.toLowerCase().startsWith('on'), `${el.tagName} ${name}`).toBe(false);
        // A style attribute is blocked by style-src without 'unsafe-inline': the style would silently not apply.
        expect(name.toLowerCase(), `${el.tagName}`).not.toBe('style');
      }
      for (const attr of ['href', 'src', 'action', 'formaction']) {
        expect(el.getAttribute(attr) ?? '').not.toMatch(/^\s*javascript:/i);
      }
    }
  });
});

describe('sitemap, robots.txt and headers', () => {
  it('lists every page except the 404 page in the sitemap, and nothing else', () => {
    expect(readFileSync('dist/sitemap-index.xml', 'utf8')).toContain('/sitemap-0.xml');
    const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
    const expected = pages.map((p) => p.url).filter((u) => u !== '/404.html').sort();
    expect(listed).toEqual(expected);
  });

  it('points crawlers to the sitemap', () => {
    expect(readFileSync('dist/robots.txt', 'utf8')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  });

  it('ships _headers with the headers a meta tag cannot set', () => {
    expect(existsSync('dist/_headers')).toBe(true);
    const headers = readFileSync('dist/_headers', 'utf8');
    expect(headers).toMatch(/Content-Security-Policy: frame-ancestors 'none'/);
    expect(headers).toMatch(/Referrer-Policy: no-referrer/);
    expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
    const permissions = /Permissions-Policy: (.*)/.exec(headers)?.[1] ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      expect(permissions).toContain(`${feature}=()`);
    }
    expect(headers).toMatch(/Cross-Origin-Opener-Policy: same-origin/);
  });

  it('has a 404 page that links back into the site', () => {
    const doc = parse(readFileSync('dist/404.html', 'utf8'));
    const links = doc.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/', '/lessons/']));
  });
});
