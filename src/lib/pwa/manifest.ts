/**
 * The web app manifest and the icons it lists: what a phone needs to install the site to its
 * home screen. Pure data, no imports, so the build scripts can load it with Node directly.
 */

/** Colours from the light design tokens in src/styles/global.css (unit-tested to stay in step). */
export const APP_COLORS = {
  /** --bg: the splash screen behind the icon while the app opens. */
  background: '#fbf7f1',
  /** --bg as well: the browser bar, the same colour as the light `theme-color` meta tag. */
  theme: '#fbf7f1',
} as const;

export type IconVariant = 'any' | 'full-bleed';

/** One PNG icon rendered from public/favicon.svg at build time. */
export interface IconSpec {
  /** File name under /icons/, a public URL once installed: never rename one. */
  file: string;
  size: number;
  /**
   * 'any' keeps the favicon's rounded corners; 'full-bleed' fills the square edge to edge, for
   * platforms that cut their own shape (maskable icons, Apple touch icons).
   */
  variant: IconVariant;
  /** Listed in the manifest with this purpose; absent for icons only linked from the page head. */
  purpose?: 'any' | 'maskable';
}

export const ICONS: readonly IconSpec[] = [
  { file: 'icon-192.png', size: 192, variant: 'any', purpose: 'any' },
  { file: 'icon-512.png', size: 512, variant: 'any', purpose: 'any' },
  { file: 'icon-maskable-512.png', size: 512, variant: 'full-bleed', purpose: 'maskable' },
  { file: 'apple-touch-icon.png', size: 180, variant: 'full-bleed' },
];

export const APPLE_TOUCH_ICON = '/icons/apple-touch-icon.png';

export interface WebManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: 'ltr';
  start_url: string;
  scope: string;
  display: 'standalone';
  background_color: string;
  theme_color: string;
  categories: string[];
  icons: { src: string; sizes: string; type: 'image/png'; purpose: 'any' | 'maskable' }[];
}

/** The manifest served at /manifest.webmanifest. */
export function webManifest(): WebManifest {
  return {
    id: '/',
    name: 'Imago Practice',
    short_name: 'Imago',
    description:
      'Learn and practise the Imago Dialogue between couples-therapy appointments. Works offline; everything you type stays on your device.',
    lang: 'en',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: APP_COLORS.background,
    theme_color: APP_COLORS.theme,
    categories: ['education', 'health', 'lifestyle'],
    icons: ICONS.flatMap((icon) =>
      icon.purpose
        ? [
            {
              src: `/icons/${icon.file}`,
              sizes: `${icon.size}x${icon.size}`,
              type: 'image/png' as const,
              purpose: icon.purpose,
            },
          ]
        : [],
    ),
  };
}

/**
 * Prepares the favicon SVG for rendering at `size` pixels. 'full-bleed' squares the corners of
 * the background rectangle (the first <rect>), so a platform's own mask never shows a transparent
 * corner; the mark itself already sits inside the maskable safe zone (the middle 80% circle).
 * Throws when the SVG does not have the expected shape, so a changed favicon fails the build
 * instead of producing a broken icon.
 */
export function iconSvg(favicon: string, size: number, variant: IconVariant): string {
  if (!/^<svg\b[^>]*\bviewBox="0 0 64 64"/.test(favicon.trim())) {
    throw new Error('favicon.svg must start with <svg ... viewBox="0 0 64 64">');
  }
  let svg = favicon.trim().replace(/^<svg\b/, `<svg width="${size}" height="${size}"`);
  if (variant === 'full-bleed') {
    const rect = /<rect\b([^>]*?)\srx="[^"]*"/;
    if (!rect.test(svg)) throw new Error('favicon.svg must start its artwork with a rounded <rect rx="...">');
    svg = svg.replace(rect, '<rect$1');
  }
  return svg;
}
