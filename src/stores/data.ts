/**
 * Whole-data actions for the data page: export, import, delete everything, and the copies of
 * damaged values set aside by the stores. Works from the area registry, so a newly registered
 * area is exported, imported and deleted without changes here.
 */
import type { AreaSpec } from '../lib/practice/area';
import { jsonEqual } from '../lib/practice/merge';
import { AREAS } from '../lib/practice/registry';
import {
  applyImport,
  buildExport,
  previewImport,
  type AreaPreview,
  type ExportFile,
  type ImportMode,
  type ParsedImport,
  type Values,
} from '../lib/practice/transfer';
import './appreciations';
import './attempts';
import './dialogues';
import './journal';
import { lockNow, settled } from './lock';
import {
  clearStore,
  createAreaStore,
  dismissStorageProblems,
  flushAll,
  isBlocked,
  removeBackup,
  type AreaStore,
} from './persist';
import './progress';
import './schedule';

/** The store of a registered area (created if no module made it yet). */
export function storeFor(spec: AreaSpec<unknown>): AreaStore<unknown> {
  return createAreaStore(spec);
}

/** Every area's current value, by key, after writing anything pending. */
export function currentValues(): Values {
  flushAll();
  return Object.fromEntries(AREAS.map((spec) => [spec.key, storeFor(spec).get()]));
}

/** The export file for everything on this device. */
export function exportAll(now: Date = new Date()): ExportFile {
  return buildExport(AREAS, currentValues(), now);
}

export function previewFor(file: ParsedImport): AreaPreview[] {
  return previewImport(AREAS, currentValues(), file);
}

/** Brings an import in. Nothing is changed unless every area can be written. */
export async function importAll(
  file: ParsedImport,
  mode: ImportMode,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const blocked = AREAS.filter((spec) => isBlocked(storeFor(spec)));
  if (blocked.length > 0) {
    return {
      ok: false,
      message:
        'This device holds data saved by a newer version of Imago Practice. Reload this page to get the update, then import again. Nothing was changed.',
    };
  }
  const result = applyImport(AREAS, currentValues(), file, mode);
  if (!result.ok) return result;
  for (const spec of AREAS) {
    const store = storeFor(spec);
    if (!jsonEqual(store.get(), result.values[spec.key])) store.set(result.values[spec.key]);
  }
  await settled(); // private parts are sealed before they are written, if the lock is on
  if (!flushAll()) {
    return {
      ok: false,
      message:
        'The import is on screen but could not all be saved: this device’s storage is full. Export it again to keep it, or free some space.',
    };
  }
  return { ok: true };
}

/** Deletes every area, the copies set aside, and any other practice key this site wrote. */
export function deleteEverything(): void {
  for (const spec of AREAS) {
    clearStore(storeFor(spec));
    removeBackup(spec.key);
  }
  // Keys written by parts of the site without a registered area (the theme choice is kept).
  try {
    const ls = globalThis.localStorage;
    if (ls) {
      const keys: string[] = [];
      for (let i = 0; i < ls.length; i++) {
        const k = ls.key(i);
        if (k && k.startsWith('imago:') && k !== 'imago:theme') keys.push(k);
      }
      for (const k of keys) ls.removeItem(k);
    }
  } catch {
    // No storage to clean.
  }
  lockNow();
  dismissStorageProblems();
}

export { listBackups, removeBackup, type Backup } from './backups';
