// A Vite plugin that builds a marked module on its own: the module and everything it imports are
// bundled (esbuild) into one self-contained module, tree-shaken for that module alone.
//
// Why: Rollup shares a module between pages whole. The feedback engine keeps all reviewers'
// phrases in one module, and one reviewer imports a helper from another, so a drill page would
// load parts of the other reviewers too. A drill's reviewer module marked `// @standalone` ships
// only what its reviewer needs. Unit tests import the same files unbundled, with the same result.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

const MARKER = /^\/\/ @standalone\b/;

/** @returns {import('vite').Plugin} */
export function standalone() {
  return {
    name: 'imago-standalone',
    enforce: 'pre',
    async load(id) {
      if (!/\.[cm]?[jt]s$/.test(id) || id.includes('/node_modules/')) return;
      const source = await readFile(id, 'utf8').catch(() => '');
      if (!MARKER.test(source)) return;
      const out = await build({
        entryPoints: [id],
        bundle: true,
        format: 'esm',
        platform: 'neutral',
        target: 'es2022',
        charset: 'utf8',
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      for (const input of Object.keys(out.metafile.inputs)) this.addWatchFile(input);
      return out.outputFiles[0].text;
    },
  };
}
