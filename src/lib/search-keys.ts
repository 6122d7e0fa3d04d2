/**
 * The keyboard shortcuts that open search. Apart from src/lib/search.ts on purpose: the shell
 * script imports this on every page, and should not pull in the rest of search.
 */

/** What a key press asks of search, given where it happened. */
export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** True when the focus is in a text field, select or editable region, where "/" is typing. */
  inField: boolean;
}

/** Ctrl+K or Cmd+K anywhere, or "/" outside a text field, opens search. */
export function isSearchShortcut(e: ShortcutKey): boolean {
  if (e.altKey) return false;
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') return true;
  return e.key === '/' && !e.ctrlKey && !e.metaKey && !e.inField;
}
