// Size of the feedback engine with its data: bundle, minify, gzip, print bytes (target <= 15 KB).
// `--detail` also lists each module's share of the minified bundle.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, URL } from 'node:url';

const entry = fileURLToPath(new URL('../src/lib/feedback/index.ts', import.meta.url));
const out = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  write: false,
  legalComments: 'none',
  charset: 'utf8', // as Vite emits it: “ and … stay one character, not \u201c escapes
  metafile: process.argv.includes('--detail'),
});
const code = out.outputFiles[0].contents;
const gz = gzipSync(code, { level: 9 }).length;
const limit = 15 * 1024;
console.log(
  `feedback engine: ${code.length} bytes minified, ${gz} bytes gzip (${(gz / 1024).toFixed(1)} KB; target <= 15 KB)`,
);
if (out.metafile) {
  const inputs = Object.entries(Object.values(out.metafile.outputs)[0].inputs);
  for (const [file, { bytesInOutput }] of inputs.sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)) {
    console.log(`  ${String(bytesInOutput).padStart(6)} bytes minified  ${file.replace(/^.*src\/lib\//, '')}`);
  }
}
// Reported, not enforced: a budget miss should be seen in the bench output, not break `npm run bench`.
if (gz > limit) console.warn(`note: ${gz - limit} bytes over the 15 KB gzip target`);
