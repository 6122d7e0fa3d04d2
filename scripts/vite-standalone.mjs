// A Vite plugin that builds a marked module on its own: the module and everything it imports are
// bundled into one self-contained module, tree-shaken for that module alone. It uses Rolldown,
// the bundler Vite itself uses, so the result is what Vite would make of that module as a page.
//
// Why: Vite shares a module between the pages that import it, whole, and which modules are shared
// depends on every page of the site. The feedback engine keeps all reviewers' phrases in one
// module, so a drill page would load the phrases of the other reviewers, and more of them each
// time another page imports the engine. A drill's reviewer module marked `// @standalone` ships
// only what its own reviewer needs. Unit tests import the same files unbundled, with the same result.
import { readFile } from 'node:fs/promises';
import { rolldown } from 'rolldown';

/** The first line of a module that is to be built on its own. */
export const MARKER = /^\/\/ @standalone\b/;

/**
 * Bundles `file` and its imports into one ES module (not minified: Vite minifies it later).
 * @param {string} file absolute path
 * @returns {Promise<{ code: string, inputs: string[] }>}
 */
export async function bundleStandalone(file) {
  const bundle = await rolldown({ input: file, platform: 'neutral', logLevel: 'silent' });
  try {
    const { output } = await bundle.generate({ format: 'esm' });
    const [chunk] = output;
    if (output.length !== 1 || chunk.type !== 'chunk') throw new Error(`${file} did not bundle into one module`);
    return { code: chunk.code, inputs: chunk.moduleIds.filter((id) => !id.startsWith('\0')) };
  } finally {
    await bundle.close();
  }
}

/** @returns {import('vite').Plugin} */
export function standalone() {
  return {
    name: 'imago-standalone',
    enforce: 'pre',
    async load(id) {
      if (!/\.[cm]?[jt]s$/.test(id) || id.includes('/node_modules/')) return;
      const source = await readFile(id, 'utf8').catch(() => '');
      if (!MARKER.test(source)) return;
      const { code, inputs } = await bundleStandalone(id);
      for (const input of inputs) if (input !== id) this.addWatchFile(input);
      return code;
    },
  };
}
