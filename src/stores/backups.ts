/**
 * Copies of damaged values the stores set aside (`<key>:backup`), for the notice on every My
 * practice page and the data page. Light on purpose: it loads no store.
 */
import { areaTitle } from '../lib/practice/area';
import { AREAS } from '../lib/practice/registry';
import { readBackup, removeBackup } from './persist';

export interface Backup {
  key: string;
  title: string;
  raw: string;
}

/** Every set-aside copy, by registered area. */
export function listBackups(): Backup[] {
  return AREAS.flatMap((spec) => {
    const raw = readBackup(spec.key);
    return raw === undefined ? [] : [{ key: spec.key, title: areaTitle(spec), raw }];
  });
}

export { removeBackup };
