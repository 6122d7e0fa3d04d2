/**
 * Bridges the practice-data areas (src/lib/practice) to persisted nanostores.
 * Every area store decodes through `decodeArea`, so a damaged value never throws: readable data
 * is kept, the raw value is copied to `<key>:backup`, and `$storageProblems` tells the UI.
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

function backup(key: string, raw: string): void {
  try {
    localStorage.setItem(`${key}:backup`, raw);
  } catch {
    // Storage is full or unavailable: the problem is reported anyway.
  }
}

/** A persisted store for one practice-data area; `spec` travels with it for SSR-safe reads. */
export type AreaStore<T> = WritableAtom<T> & { readonly spec: AreaSpec<T> };

/** A persisted store for one practice-data area. */
export function createAreaStore<T>(spec: AreaSpec<T>): AreaStore<T> {
  const store = persistentAtom<T>(spec.key, spec.empty(), {
    encode: (value) => encodeArea(spec, value),
    decode: (raw) => {
      const decoded = decodeArea(spec, raw);
      if (decoded.problem) {
        backup(spec.key, raw);
        reportStorageProblem({ key: spec.key, message: decoded.problem.message });
      }
      return decoded.value;
    },
  });
  const persistSet = store.set;
  store.set = (value: T) => {
    try {
      persistSet(value);
    } catch {
      // The write failed (usually a full quota): keep the value in memory so nothing typed is lost.
      const old = store.value;
      (store as { value: T }).value = value;
      store.notify(old as Parameters<typeof store.notify>[0]);
      reportStorageProblem({
        key: spec.key,
        message:
          'This device’s storage is full, so your latest changes are only kept until you close this tab. Export your data from My practice to keep it.',
      });
    }
  };
  return Object.assign(store, { spec });
}
