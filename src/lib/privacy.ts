/**
 * What this site stores on the person's device, for the privacy page. Built from the practice-data
 * registry so the page lists every area the code actually writes, including areas added later.
 */
import type { AreaSpec } from './practice/area';

/** The key of the theme choice, written by the site shell (src/scripts/shell.ts, src/scripts/theme-init.js). */
export const THEME_KEY = 'imago:theme';

/** Suffix of the copy kept when saved data could not be read (src/stores/persist.ts). */
export const BACKUP_SUFFIX = ':backup';

export interface StoredItem {
  /** The localStorage key, or a pattern like `<key>:backup`. */
  key: string;
  /** What it holds, in plain words. */
  holds: string;
}

/** Every localStorage key the site may write, in the order the privacy page lists them. */
export function storedItems(areas: readonly Pick<AreaSpec<unknown>, 'key' | 'description'>[]): StoredItem[] {
  return [
    ...areas.map((a) => ({
      key: a.key,
      holds: a.description ?? `Your saved ${a.key.replace(/^imago:/, '').replace(/-/g, ' ')}.`,
    })),
    {
      key: THEME_KEY,
      holds: 'Whether you chose the light or the dark theme. Only set if you press the theme button.',
    },
    {
      key: `<key>${BACKUP_SUFFIX}`,
      holds:
        'A copy of saved data that could not be read, for example after it was damaged or saved by a newer version of the site. It is kept so nothing is lost without you knowing, and it is deleted with everything else.',
    },
  ];
}
