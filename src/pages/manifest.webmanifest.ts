import type { APIRoute } from 'astro';
import { webManifest } from '../lib/pwa/manifest';

/** The web app manifest, written to dist/manifest.webmanifest at build time. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
