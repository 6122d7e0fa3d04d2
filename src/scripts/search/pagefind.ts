/**
 * Loads Pagefind's browser API from the built index on first use. Nothing here runs until a person
 * opens search: the import below is what fetches /pagefind/pagefind.js, its WebAssembly and index.
 */
import { EXCERPT_WORDS, type PagefindResultData } from '../../lib/search';

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
}
/** The part of Pagefind's API the site uses (see the Pagefind search API docs). */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: { filters?: Record<string, string> | undefined }): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> | undefined }): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const BUNDLE = '/pagefind/pagefind.js';
let loading: Promise<PagefindApi> | undefined;

/**
 * Pagefind, loaded and initialised once; a failed load is retried on the next call. `buildStamp`
 * (BUILD_STAMP, read from the page) lets the browser cache Pagefind's first request.
 */
export function loadPagefind(buildStamp?: string): Promise<PagefindApi> {
  loading ??= (async () => {
    // A runtime URL, so the bundler leaves it alone: the file only exists after `pagefind` runs.
    const pagefind = (await import(/* @vite-ignore */ BUNDLE)) as PagefindApi;
    await pagefind.options({
      excerptLength: EXCERPT_WORDS,
      excerptEllipsis: '…',
      ...(buildStamp ? { metaCacheTag: buildStamp } : {}),
    });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
