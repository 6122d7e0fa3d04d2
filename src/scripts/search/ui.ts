/**
 * Search's interactive part, loaded on demand as one chunk (no shared chunks, so the shell needs
 * no preload helper): the header's dialog, wired on first open, and the /search/ page.
 */
import { readSearchState } from '../../lib/search';
import { mountSearchPanel } from './panel';

/**
 * Connects the header dialog's panel and closing behaviour; safe to call on every open. The
 * launcher has already opened the dialog and focused the field, so nothing typed is lost while
 * this loads: the first run picks up whatever is in the field.
 */
export function enhanceDialog(dialog: HTMLDialogElement): void {
  if (dialog.dataset.ready) return;
  dialog.dataset.ready = 'true';
  const panel = mountSearchPanel(dialog.querySelector<HTMLElement>('[data-search-panel]')!, {
    syncUrl: false,
    pageSize: 8,
    headingLevel: 3,
    shareLink: dialog.querySelector<HTMLAnchorElement>('[data-search-share]'),
  });

  // Escape closes, even from the search field (where it would otherwise only clear the text).
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    dialog.close();
  });
  dialog.addEventListener('click', (e) => {
    // A click on the backdrop lands on the dialog itself; the content fills an inner box.
    if (e.target === dialog) {
      dialog.close();
      return;
    }
    // A result on this very page only moves to a section: close so the section can be seen.
    const link = e.target instanceof Element ? e.target.closest('a') : null;
    if (link && link.origin === location.origin && link.pathname === location.pathname) dialog.close();
  });

  panel.run();
}

/** The /search/ page: shows the panel, runs the search in the address (`?q=`), keeps it there. */
export function mountSearchPage(root: HTMLElement): void {
  root.hidden = false;
  const panel = mountSearchPanel(root, { syncUrl: true, pageSize: 10, headingLevel: 2 });
  const initial = readSearchState(location.search);
  panel.set(initial);
  // A shared link lands on its results; a bare visit puts the cursor in the field.
  if (!initial.q) root.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
}
