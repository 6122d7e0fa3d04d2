import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import favicon from '../../../public/favicon.svg?raw';
import { ICONS, iconSvg, type IconSpec } from '../../lib/pwa/manifest';

/** The app icons, rendered from public/favicon.svg into dist/icons/*.png at build time. */
export const getStaticPaths = (() =>
  ICONS.map((icon) => ({
    params: { name: icon.file.replace(/\.png$/, '') },
    props: { icon },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: IconSpec }> = async ({ props }) => {
  const { size, variant } = props.icon;
  const png = await sharp(Buffer.from(iconSvg(favicon, size, variant)))
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
