/**
 * Wires one search panel (the markup of SearchPanel.astro) to Pagefind: searches as the person
 * types, renders results as text (never HTML), keeps the status line current for screen readers,
 * and offers a way on when nothing matches. Used by the header's dialog and by /search/.
 */
import {
  normalizeQuery,
  pagefindFilters,
  resultsMessage,
  searchHref,
  toResultView,
  type ExcerptPart,
  type ResultView,
  type SearchState,
  type SearchType,
} from '../../lib/search';
import { loadPagefind, type PagefindSearch } from './pagefind';

export interface PanelOptions {
  /** Keep the search in the address bar, so it can be shared (the search page). */
  syncUrl: boolean;
  /** How many results show at first and with each "Show more". */
  pageSize: number;
  /** Heading level of each result's title: 2 on the search page, 3 under the dialog's heading. */
  headingLevel: 2 | 3;
  /** A link kept pointing at the search page for the current search (the dialog's). */
  shareLink?: HTMLAnchorElement | null | undefined;
}

export interface SearchPanel {
  /** Sets the query and filters, then searches. */
  set(state: Partial<SearchState>): void;
  /** Searches for what the controls say now. */
  run(): void;
}

/** Typing pauses this long before a search runs; Enter and filter changes search at once. */
const DEBOUNCE_MS = 120;
/** "Loading search…" appears only if the first load takes longer than this. */
const LOADING_NOTICE_MS = 250;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

function appendExcerpt(target: HTMLElement, parts: ExcerptPart[]): void {
  for (const part of parts) {
    if (part.mark) {
      const mark = el('mark');
      mark.textContent = part.text;
      target.append(mark);
    } else target.append(part.text);
  }
}

function renderResult(view: ResultView, level: 2 | 3): HTMLLIElement {
  const li = el('li', 'search-result');
  const heading = el(level === 2 ? 'h2' : 'h3', 'search-result-title');
  const link = el('a');
  link.href = view.url;
  link.textContent = view.title;
  heading.append(link);
  li.append(heading);
  const about = [view.type, view.module].filter(Boolean).join(' · ');
  if (about) {
    const meta = el('p', 'search-result-meta');
    meta.textContent = about;
    li.append(meta);
  }
  if (view.excerpt.length > 0) {
    const excerpt = el('p', 'search-result-excerpt');
    appendExcerpt(excerpt, view.excerpt);
    li.append(excerpt);
  }
  if (view.relatedWords.length > 0) {
    const related = el('p', 'search-result-related');
    related.append(view.relatedWords.length === 1 ? 'Related word: ' : 'Related words: ');
    appendExcerpt(
      related,
      view.relatedWords.flatMap((text, i) => [...(i > 0 ? [{ text: ', ', mark: false }] : []), { text, mark: true }]),
    );
    li.append(related);
  }
  if (view.sections.length > 0) {
    const list = el('ul', 'search-result-sections');
    list.setAttribute('aria-label', `Matching sections of ${view.title}`);
    for (const section of view.sections) {
      const item = el('li');
      const a = el('a');
      a.href = section.url;
      a.textContent = section.title;
      item.append(a);
      if (section.excerpt.length > 0) {
        const p = el('p', 'search-result-excerpt');
        appendExcerpt(p, section.excerpt);
        item.append(p);
      }
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

/** Connects the panel inside `root`. Safe to call once per panel. */
export function mountSearchPanel(root: HTMLElement, options: PanelOptions): SearchPanel {
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const form = q<HTMLFormElement>('[data-search-form]')!;
  const input = q<HTMLInputElement>('[data-search-input]')!;
  const moduleSelect = q<HTMLSelectElement>('[data-search-module]');
  const status = q<HTMLElement>('[data-search-status]')!;
  const list = q<HTMLOListElement>('[data-search-results]')!;
  const more = q<HTMLButtonElement>('[data-search-more]')!;
  const empty = q<HTMLElement>('[data-search-empty]')!;
  const widen = q<HTMLButtonElement>('[data-search-widen]');
  const share = options.shareLink;
  const typeRadios = [...root.querySelectorAll<HTMLInputElement>('input[name="type"]')];
  const build = root.dataset.build;

  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: { state: SearchState; search: PagefindSearch; shown: number } | undefined;

  const state = (): SearchState => ({
    q: normalizeQuery(input.value),
    type: (typeRadios.find((r) => r.checked)?.value ?? '') as SearchType | '',
    module: moduleSelect?.value ?? '',
  });

  function setStatus(text: string): void {
    if (status.textContent !== text) status.textContent = text;
  }

  function clear(): void {
    current = undefined;
    list.replaceChildren();
    more.hidden = true;
    empty.hidden = true;
    root.classList.remove('has-results');
  }

  async function showMore(id: number, focusFirst: boolean): Promise<void> {
    if (!current) return;
    const { search, shown } = current;
    const batch = search.results.slice(shown, shown + options.pageSize);
    const views = (await Promise.all(batch.map((r) => r.data()))).map((d) => toResultView(d));
    if (id !== seq || !current) return;
    const items = views.map((v) => renderResult(v, options.headingLevel));
    list.append(...items);
    current.shown = shown + batch.length;
    more.hidden = current.shown >= search.results.length;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  async function run(): Promise<void> {
    clearTimeout(timer);
    const s = state();
    const id = ++seq;
    const query = searchHref(s);
    if (share) share.href = query;
    if (options.syncUrl && location.pathname + location.search !== query) {
      history.replaceState(history.state, '', query);
    }
    if (!s.q) {
      clear();
      setStatus('');
      return;
    }
    const notice = setTimeout(() => id === seq && setStatus('Loading search…'), LOADING_NOTICE_MS);
    try {
      const pagefind = await loadPagefind(build);
      const search = await pagefind.search(s.q, { filters: pagefindFilters(s) });
      if (id !== seq) return;
      clear();
      current = { state: s, search, shown: 0 };
      await showMore(id, false);
      if (id !== seq) return;
      const found = search.results.length;
      root.classList.toggle('has-results', found > 0);
      empty.hidden = found > 0;
      if (widen) widen.hidden = found > 0 || search.unfilteredResultCount === 0 || !pagefindFilters(s);
      setStatus(resultsMessage(s, found));
    } catch {
      if (id !== seq) return;
      clear();
      empty.hidden = false;
      setStatus('Search could not load just now. Please try again in a moment, or browse the course below.');
    } finally {
      clearTimeout(notice);
    }
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  }

  input.addEventListener('input', () => {
    const text = normalizeQuery(input.value);
    // Start fetching the index chunk for these letters while the person is still typing.
    if (text)
      void loadPagefind(build).then(
        (p) => p.preload(text, { filters: pagefindFilters(state()) }),
        () => {},
      );
    schedule();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  form.addEventListener('change', (e) => {
    if (e.target !== input) void run();
  });
  more.addEventListener('click', () => {
    if (current) void showMore(seq, true);
  });
  widen?.addEventListener('click', () => {
    for (const r of typeRadios) r.checked = r.value === '';
    if (moduleSelect) moduleSelect.value = '';
    void run();
    input.focus();
  });

  // Arrow keys move from the field into the results and between result links; Up from the first
  // result goes back to the field. Tab works as everywhere else.
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    if (e.target === input) {
      if (e.key === 'ArrowDown' && links[0]) {
        e.preventDefault();
        links[0].focus();
      }
      return;
    }
    const at = links.indexOf(e.target as HTMLAnchorElement);
    if (at < 0) return;
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? links[at + 1] : (links[at - 1] ?? input);
    next?.focus();
  });

  // Kinds of page the index does not have yet (for example practice drills) are not offered.
  void loadPagefind(build)
    .then((p) => p.filters())
    .then((all) => {
      for (const r of typeRadios) {
        if (r.value && !all.type?.[r.value]) r.closest('label')!.hidden = true;
      }
    })
    .catch(() => {});

  return {
    set(next) {
      if (next.q !== undefined) input.value = next.q;
      if (next.type !== undefined) for (const r of typeRadios) r.checked = r.value === next.type;
      if (next.module !== undefined && moduleSelect) {
        const known = [...moduleSelect.options].some((o) => o.value === next.module);
        moduleSelect.value = known ? next.module : '';
      }
      void run();
    },
    run: () => void run(),
  };
}
