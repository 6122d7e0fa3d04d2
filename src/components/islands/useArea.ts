import { useStore } from '@nanostores/preact';
import type { AreaStore } from '../../stores/persist';

/**
 * Reads a persisted area in an island. The first client render uses the area's empty value, as
 * the server did, so hydration matches; the saved value follows right after. (`ssr: 'initial'`
 * would not do here: a persistent atom's initial value is already the saved one.)
 */
export function useArea<T>(store: AreaStore<T>): T {
  return useStore(store, { ssr: store.spec.empty });
}
