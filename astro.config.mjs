// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { standalone } from './scripts/vite-standalone.mjs';

/** The site works from any static host; set SITE_URL when deploying so the sitemap has absolute URLs. */
const site = process.env.SITE_URL ?? 'https://imago-practice.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact()],
  // Drill reviewers marked `// @standalone` are bundled on their own (see the plugin).
  vite: { plugins: [standalone()] },
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
