/**
 * Browser tabs sharing one localStorage, for testing stores under Node. Each tab gets its own
 * module graph (its own stores) and a storage engine for @nanostores/persistent; a write in one
 * tab queues a storage event for the others, delivered by `deliver()` (browsers deliver them
 * asynchronously too, which is the case the stores must handle).
 */
import type { PersistentEvent, PersistentListener } from '@nanostores/persistent';
import { vi } from 'vitest';

type Listener = PersistentListener;

export class SharedStorage {
  data = new Map<string, string>();
  full = false;
  tabs: TabEngine[] = [];
  queue: { to: TabEngine; key: string; newValue: string | null }[] = [];

  /** Delivers queued storage events to their tabs. */
  deliver(): void {
    const q = this.queue;
    this.queue = [];
    // A removed key arrives with `newValue: null`, as in browsers (the library's type omits it).
    for (const e of q) for (const l of e.to.listeners) l({ key: e.key, newValue: e.newValue } as PersistentEvent);
  }

  /** A Web Storage facade (getItem, setItem, ...) over the same data, as `localStorage`. */
  webStorage(from?: TabEngine): Storage {
    const data = this.data;
    const write = (k: string, v: string | null) => this.write(from, k, v);
    return {
      get length() {
        return data.size;
      },
      key: (i: number) => [...data.keys()][i] ?? null,
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => write(k, String(v)),
      removeItem: (k: string) => write(k, null),
      clear: () => {
        for (const k of [...data.keys()]) write(k, null);
      },
    };
  }

  write(from: TabEngine | undefined, key: string, value: string | null): void {
    if (value !== null && this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (value === null) this.data.delete(key);
    else this.data.set(key, value);
    for (const t of this.tabs) if (t !== from) this.queue.push({ to: t, key, newValue: value });
  }
}

export class TabEngine {
  listeners: Listener[] = [];
  constructor(public shared: SharedStorage) {
    shared.tabs.push(this);
  }

  /** The object @nanostores/persistent reads and writes like `localStorage[key]`. */
  engine(): Record<string, string> {
    const shared = this.shared;
    return new Proxy({} as Record<string, string>, {
      get: (_t, k) => (typeof k === 'string' ? shared.data.get(k) : undefined),
      has: (_t, k) => typeof k === 'string' && shared.data.has(k),
      set: (_t, k, v) => {
        shared.write(this, String(k), String(v));
        return true;
      },
      deleteProperty: (_t, k) => {
        shared.write(this, String(k), null);
        return true;
      },
      ownKeys: () => [...shared.data.keys()],
      getOwnPropertyDescriptor: (_t, k) =>
        typeof k === 'string' && shared.data.has(k)
          ? { value: shared.data.get(k), enumerable: true, configurable: true, writable: true }
          : undefined,
    });
  }

  events() {
    return {
      addEventListener: (_key: string, listener: Listener) => {
        this.listeners.push(listener);
      },
      removeEventListener: (_key: string, listener: Listener) => {
        this.listeners = this.listeners.filter((l) => l !== listener);
      },
    };
  }
}

/**
 * Opens a tab: fresh modules, wired to the shared storage. `load` imports what the test needs
 * (after the engine is set, so stores read this tab's storage).
 */
export async function openTab<M>(shared: SharedStorage, load: () => Promise<M>): Promise<M & { tab: TabEngine }> {
  vi.resetModules();
  const tab = new TabEngine(shared);
  vi.stubGlobal('localStorage', shared.webStorage(tab));
  const { setPersistentEngine } = await import('@nanostores/persistent');
  setPersistentEngine(tab.engine(), tab.events());
  const mod = await load();
  // Cross-tab merging loads lazily; a tab in these tests is "fully loaded" once it has.
  await (
    await import('../../../src/stores/persist')
  ).mergerReady;
  return { ...mod, tab };
}
