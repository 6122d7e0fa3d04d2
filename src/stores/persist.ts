/**
 * Bridges the practice-data areas (src/lib/practice) to persisted nanostores.
 *
 * Storage goes through @nanostores/persistent, used as a raw string store (its own decoders
 * either swallow corrupt JSON or throw, it writes on every `set`, and a failed write leaves memory
 * unchanged). On top of it each area store:
 * - decodes through `decodeArea`, so a damaged value never throws: readable data is kept, the raw
 *   value is copied to `<key>:backup`, and `$storageProblems` tells the UI;
 * - keeps every change in memory at once and writes it after a short pause (debounced), and at
 *   once when the page is hidden or left (`visibilitychange`, `pagehide`): locking a phone or
 *   switching apps loses nothing;
 * - keeps a change in memory and says so when the storage quota is full, and tries again later;
 * - stays in sync with other tabs without overwriting them. When another tab writes, this tab
 *   takes the stored value if it has nothing unsaved (reload-from-storage). If it does have
 *   unsaved changes, it merges three ways (merge.ts): the value both tabs last agreed on, this
 *   tab's and the other tab's, so both tabs' changes survive. Just reloading would drop this tab's
 *   pending edit, and just writing would erase the other tab's. Before each write the stored value
 *   is read again, because storage events arrive asynchronously;
 * - stops writing an area that a newer version of the site saved (after backing it up), so an old
 *   tab never overwrites newer data.
 */
import { atom, type WritableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { decodeArea, encodeArea, type AreaSpec } from '../lib/practice/area';

export interface StorageProblem {
  key: string;
  message: string;
}

/** Problems met while reading or writing stored data, for a notice the person can dismiss. */
export const $storageProblems = atom<StorageProblem[]>([]);

export function reportStorageProblem(p: StorageProblem): void {
  const others = $storageProblems.get().filter((x) => !(x.key === p.key && x.message === p.message));
  $storageProblems.set([...others, p]);
}

export function dismissStorageProblems(): void {
  $storageProblems.set([]);
}

export const FULL_MESSAGE =
  'This device’s storage is full, so your latest changes are only kept until you close this tab. Export your data from My practice to keep it.';

// Raw access -----------------------------------------------------------------------------------
// Always through @nanostores/persistent's engine, so `setPersistentEngine` (tests) keeps working.

/** The raw string stored under `key` right now (a fresh persistent atom reads it on creation). */
export function readRaw(key: string): string | undefined {
  return persistentAtom<string | undefined>(key, undefined, { listen: false }).value;
}

/** Stores `value` under `key`, or removes the key for undefined. Throws when storage is full. */
export function writeRaw(key: string, value: string | undefined): void {
  persistentAtom<string | undefined>(key, undefined, { listen: false }).set(value);
}

/** The copy of a damaged value set aside for `key`, if any. */
export function readBackup(key: string): string | undefined {
  return readRaw(`${key}:backup`);
}

export function removeBackup(key: string): void {
  try {
    writeRaw(`${key}:backup`, undefined);
  } catch {
    // Removing never needs space.
  }
}

function backup(key: string, raw: string): void {
  try {
    writeRaw(`${key}:backup`, raw);
  } catch {
    // Storage is full or unavailable: the problem is reported anyway.
  }
}

// Area stores ----------------------------------------------------------------------------------

/** A persisted store for one practice-data area; `spec` travels with it for SSR-safe reads. */
export type AreaStore<T> = WritableAtom<T> & { readonly spec: AreaSpec<T> };

interface Control {
  store: AreaStore<unknown>;
  /** Writes pending changes now; false if something is still unsaved. */
  flush(): boolean;
  /** Empties the area in memory and in storage. */
  clear(): void;
  /** True after data from a newer version was found: this tab no longer writes the area. */
  blocked(): boolean;
  /** True while changes wait to be written. */
  pending(): boolean;
  setHold(hold: ((value: unknown) => boolean) | undefined): void;
  /** Takes in a change that waited for the merge code. */
  retry(): void;
}

const controls = new Map<string, Control>();

// The merge code is only needed when two tabs change the same area at once, so it loads after the
// page (every page with a store would otherwise carry it). Until it has loaded, a conflicting
// change from another tab waits, and so does this tab's write, unless the page is being hidden.
let merger: typeof import('./persist-later') | undefined;
/** Resolves once cross-tab merging is available (tests wait for it). */
export const mergerReady: Promise<void> = import('./persist-later').then((m) => {
  merger = m;
  for (const c of controls.values()) c.retry();
  if (typeof window !== 'undefined') {
    m.probeStorage((message, full) => reportStorageProblem({ key: 'storage', message: full ? FULL_MESSAGE : message }));
  }
});

/** Pause before a change is written, in ms. Writes are immediate where there is no page (unit tests, SSR). */
let writeDelay = typeof document === 'undefined' ? 0 : 400;
/** Longest a change waits while someone keeps typing. */
const MAX_WAIT = 2000;

/** Sets the write pause (tests use it to check debouncing). */
export function setWriteDelay(ms: number): void {
  writeDelay = ms;
}

function pageHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

export interface AreaStoreOptions {
  /**
   * Pause before a change is written, in ms (default: the shared write delay). 0 writes at once:
   * for a store whose writer already batches typing itself.
   */
  writeDelay?: number;
}

/**
 * A persisted store for one practice-data area. Creating a second store for the same key returns
 * the first, so every module in a page shares one copy of the data.
 */
export function createAreaStore<T>(spec: AreaSpec<T>, options: AreaStoreOptions = {}): AreaStore<T> {
  const existing = controls.get(spec.key);
  if (existing) return existing.store as unknown as AreaStore<T>;

  const raw = persistentAtom<string | undefined>(spec.key, undefined);
  let lastRaw = raw.value;
  let blocked = false;
  let dirty = false;
  let dirtySince: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let hold: ((value: unknown) => boolean) | undefined;

  const decodeRaw = (text: string | undefined): T => {
    const decoded = decodeArea(spec, text);
    if (decoded.problem) {
      if (text !== undefined) backup(spec.key, text);
      reportStorageProblem({ key: spec.key, message: decoded.problem.message });
      if (decoded.problem.kind === 'newer') blocked = true;
    }
    return decoded.value;
  };

  let base = decodeRaw(lastRaw);
  const store = atom<T>(base);
  const setMemory = store.set;

  /** A value another tab wrote that waits for the merge code. */
  let waiting: { text: string | undefined } | undefined;

  /**
   * Takes in a value another tab (or a bfcache restore) put in storage. Returns false if it has to
   * wait for the merge code.
   */
  const absorb = (text: string | undefined): boolean => {
    if (dirty && !merger) {
      waiting = { text };
      return false;
    }
    waiting = undefined;
    lastRaw = text;
    const incoming = decodeRaw(text);
    if (blocked) return true; // keep what is on screen; nothing more is written from this tab
    if (!dirty) {
      base = incoming;
      setMemory(incoming);
      return true;
    }
    const merged = merger!.mergeArea(spec, base, store.value as T, incoming);
    base = incoming;
    setMemory(merged); // still dirty: the pending write stores the merged value
    return true;
  };

  const flush = (): boolean => {
    clearTimeout(timer);
    timer = undefined;
    if (!dirty) return true;
    if (blocked) return false;
    if (hold?.(store.value)) return false; // the lock seals it first, then sets it again
    const current = readRaw(spec.key);
    if (current !== lastRaw && !absorb(current)) {
      if (!pageHidden()) return false; // written once the merge code is in (see `retry`)
      // Leaving the page before the merge code arrived: keeping this tab's change comes first.
      waiting = undefined;
    }
    if (blocked) return false;
    const value = store.value as T;
    const encoded = encodeArea(spec, value);
    const previous = lastRaw;
    lastRaw = encoded; // before writing: the raw store's listener hears our own write
    try {
      raw.set(encoded);
    } catch {
      lastRaw = previous;
      reportStorageProblem({ key: spec.key, message: FULL_MESSAGE });
      return false;
    }
    base = value;
    dirty = false;
    dirtySince = undefined;
    return true;
  };

  const schedule = () => {
    if (blocked) return;
    const delay = options.writeDelay ?? writeDelay;
    if (delay <= 0 || pageHidden()) {
      flush();
      return;
    }
    dirtySince ??= Date.now();
    clearTimeout(timer);
    timer = setTimeout(flush, Math.max(0, Math.min(delay, dirtySince + MAX_WAIT - Date.now())));
  };

  store.set = (value: T) => {
    if (Object.is(store.value, value)) return;
    setMemory(value);
    dirty = true;
    schedule();
  };

  raw.listen((text) => {
    if (text !== lastRaw) absorb(text);
  });

  const area = Object.assign(store, { spec }) as AreaStore<T>;
  controls.set(spec.key, {
    store: area as unknown as AreaStore<unknown>,
    flush,
    clear() {
      clearTimeout(timer);
      timer = undefined;
      dirty = false;
      dirtySince = undefined;
      blocked = false;
      lastRaw = undefined;
      try {
        raw.set(undefined);
      } catch {
        // Removing a key never needs space.
      }
      base = spec.empty();
      setMemory(base);
    },
    blocked: () => blocked,
    pending: () => dirty,
    setHold(h) {
      hold = h;
    },
    retry() {
      if (waiting && absorb(waiting.text) && dirty) schedule();
    },
  });
  return area;
}

function control(store: AreaStore<unknown> | AreaStore<never>): Control {
  const c = controls.get(store.spec.key);
  if (!c) throw new Error(`No store for ${store.spec.key}`);
  return c;
}

/** Writes every store's pending changes now. Returns false if something could not be written. */
export function flushAll(): boolean {
  let ok = true;
  for (const c of controls.values()) ok = c.flush() && ok;
  return ok;
}

/** Writes one store's pending changes now. */
export function flushStore<T>(store: AreaStore<T>): boolean {
  return control(store as AreaStore<unknown>).flush();
}

/** Empties a store in memory and removes its key (other tabs follow). */
export function clearStore<T>(store: AreaStore<T>): void {
  control(store as AreaStore<unknown>).clear();
}

/** True if the store found data saved by a newer version and will not write it. */
export function isBlocked<T>(store: AreaStore<T>): boolean {
  return control(store as AreaStore<unknown>).blocked();
}

/** True while the store has changes waiting to be written. */
export function hasPendingWrite<T>(store: AreaStore<T>): boolean {
  return control(store as AreaStore<unknown>).pending();
}

/**
 * Holds back writing a store while `hold(value)` is true (the lock uses it so private text is only
 * ever written sealed). Whoever releases the hold sets the store again or flushes it.
 */
export function setWriteHold<T>(store: AreaStore<T>, hold: ((value: T) => boolean) | undefined): void {
  control(store as AreaStore<unknown>).setHold(hold as ((value: unknown) => boolean) | undefined);
}

/** Every area store created in this page so far. */
export function allStores(): AreaStore<unknown>[] {
  return [...controls.values()].map((c) => c.store);
}

// Page lifecycle -------------------------------------------------------

if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  window.addEventListener('pagehide', () => flushAll());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushAll();
  });
  document.addEventListener('freeze', () => flushAll());
}
