/**
 * Opens search from anywhere: the header's Search link, "/" and Ctrl+K or Cmd+K. Part of the shell
 * script, so it stays tiny: the dialog's code and Pagefind load only on first open. Without
 * JavaScript the Search link simply goes to /search/.
 */
import { isSearchShortcut } from '../lib/search-keys';

function inField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

function openSearch(): void {
  // On the search page, the page's own field is the search.
  const pageField = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
  if (pageField) {
    pageField.focus();
    pageField.select();
    return;
  }
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  if (!dialog || typeof dialog.showModal !== 'function') {
    location.assign('/search/');
    return;
  }
  if (!dialog.open) {
    const opener = document.activeElement;
    dialog.showModal();
    dialog.addEventListener(
      'close',
      () => {
        if (opener instanceof HTMLElement && opener.isConnected && opener !== document.body) opener.focus();
      },
      { once: true },
    );
  }
  const field = dialog.querySelector<HTMLInputElement>('[data-search-input]');
  field?.focus();
  field?.select();
  import('./search/ui').then(
    (m) => m.enhanceDialog(dialog),
    // Offline with an old page, say: the dialog's form still submits to /search/.
    () => {},
  );
}

const mac = /Mac|iPhone|iPad|iPod/.test(navigator.platform);
const onSearchPage = () => document.querySelector('[data-search-page]') !== null;

for (const trigger of document.querySelectorAll('[data-search-open]')) {
  trigger.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
  if (!onSearchPage()) trigger.setAttribute('aria-haspopup', 'dialog');
}

document.addEventListener('click', (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  if (!(e.target instanceof Element) || !e.target.closest('[data-search-open]')) return;
  e.preventDefault();
  openSearch();
});

document.addEventListener('keydown', (e) => {
  if (e.defaultPrevented || e.repeat || e.isComposing) return;
  const key = { key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, inField: inField(e.target), mac };
  if (!isSearchShortcut(key)) return;
  e.preventDefault();
  openSearch();
});
