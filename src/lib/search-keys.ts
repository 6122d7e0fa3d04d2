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
  /** True on Apple systems, where Cmd is the shortcut key and Ctrl+K edits text in fields. */
  mac: boolean;
}

/**
 * "/" outside a text field, or the system's shortcut key with K (Cmd+K on Apple systems, Ctrl+K
 * elsewhere) anywhere, opens search. Ctrl+K also works on a Mac outside text fields, where it
 * deletes to the end of the line.
 */
export function isSearchShortcut(e: ShortcutKey): boolean {
  if (e.altKey) return false;
  if (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey)) {
    const systemKey = e.mac ? e.metaKey : e.ctrlKey;
    return systemKey || !e.inField;
  }
  return e.key === '/' && !e.ctrlKey && !e.metaKey && !e.inField;
}
