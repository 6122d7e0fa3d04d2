// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { standalone } from './scripts/vite-standalone.mjs';

/** The site works from any static host; set SITE_URL when deploying so the sitemap has absolute URLs. */
const site = process.env.SITE_URL ?? 'https://imago-practice.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The 404 page is served by the host for unknown paths; it is not a page to list.
  integrations: [mdx(), preact(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
  // Drill reviewers marked `// @standalone` are bundled on their own (see the plugin).
  // Scripts go to files, not inline: smaller HTML on every page, cached across pages, fewer CSP hashes.
  vite: { plugins: [standalone()], build: { assetsInlineLimit: 0 } },
  // No code blocks in the course; Shiki's inline styles would also need CSP exceptions.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
