/**
 * Export and import of all practice data as one versioned JSON file.
 *
 * The file holds every registered area in its storage envelope (sealed entries stay sealed):
 *   { "format": "imago-practice-export", "version": 1, "exportedAt": "...",
 *     "areas": { "imago:progress": { "v": 1, "data": {...} }, ... } }
 * Importing checks the whole file before anything is changed: size, JSON, hostile keys, format,
 * file version, and every area against its schema (after migrations). A file is taken whole or
 * refused whole; areas this version does not know are skipped and listed.
 */
import { areaTitle, isPlainObject, type AreaSpec } from './area';
import { FORBIDDEN_KEYS, jsonEqual } from './merge';
import { validate } from './validate';

export const EXPORT_FORMAT = 'imago-practice-export';
/** Version of the file layout (each area carries its own data version inside). */
export const EXPORT_VERSION = 1;
/** Larger than anything this site can store in a browser, so a bigger file is not an export. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** More parts than any version of the site will have. */
const MAX_AREAS = 64;

/** `fileMigrations[n]` turns a version n file into a version n + 1 file (none needed yet). */
export const fileMigrations: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {};

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  areas: Record<string, { v: number; data: unknown }>;
}

export type Values = Record<string, unknown>;

/** Builds the export from each area's current value. */
export function buildExport(areas: readonly AreaSpec<unknown>[], values: Values, now: Date): ExportFile {
  const out: ExportFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), areas: {} };
  for (const spec of areas) {
    out.areas[spec.key] = { v: spec.version, data: values[spec.key] ?? spec.empty() };
  }
  return out;
}

/** `imago-practice-2026-01-05.json` */
export function exportFileName(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `imago-practice-${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}.json`;
}

export type ImportProblem =
  'too-large' | 'empty' | 'malformed' | 'hostile' | 'not-export' | 'wrong-version' | 'newer' | 'damaged' | 'conflict';

export interface ParsedImport {
  exportedAt?: string;
  /** Decoded, current-version values of the areas in the file, by key. */
  values: Values;
  /** Keys in the file that this version does not know (left out). */
  skipped: string[];
}

export type ImportCheck = { ok: true; file: ParsedImport } | { ok: false; problem: ImportProblem; message: string };

const UNCHANGED = ' Nothing on this device was changed.';

function refuse(problem: ImportProblem, message: string): ImportCheck {
  return { ok: false, problem, message: message + UNCHANGED };
}

/** A file that is too large is refused before it is read. */
export function checkImportSize(bytes: number): ImportCheck | undefined {
  if (bytes > MAX_IMPORT_BYTES) {
    return refuse('too-large', 'This file is too large to be an Imago Practice export (the limit is 5 MB).');
  }
  if (bytes === 0) return refuse('empty', 'This file is empty.');
  return undefined;
}

/** Parses and checks an import file's text; see the module comment. Never throws. */
export function parseImport(text: string, areas: readonly AreaSpec<unknown>[]): ImportCheck {
  const size = checkImportSize(new TextEncoder().encode(text).length);
  if (size) return size;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse('malformed', 'This file could not be read: it is not a complete Imago Practice export.');
  }
  if (hasForbiddenKeys(parsed)) {
    return refuse('hostile', 'This file contains something that is not practice data, so it was not opened.');
  }
  if (!isPlainObject(parsed) || parsed.format !== EXPORT_FORMAT || !isPlainObject(parsed.areas)) {
    return refuse('not-export', 'This file does not look like an Imago Practice export.');
  }
  let file: Record<string, unknown> = parsed;
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('wrong-version', 'This file’s version is not one Imago Practice knows.');
  }
  if (version > EXPORT_VERSION) {
    return refuse(
      'newer',
      'This file was made by a newer version of Imago Practice. Reload this page to get the update, then try again.',
    );
  }
  try {
    for (let v = version; v < EXPORT_VERSION; v++) {
      const step = fileMigrations[v];
      if (!step) return refuse('wrong-version', 'This file’s version is not one Imago Practice knows.');
      file = step(file);
    }
  } catch {
    return refuse('damaged', 'This file could not be updated to the current format.');
  }
  const fileAreas = file.areas as Record<string, unknown>;
  const keys = Object.keys(fileAreas);
  if (keys.length > MAX_AREAS) return refuse('not-export', 'This file does not look like an Imago Practice export.');
  const values: Values = {};
  const skipped: string[] = [];
  for (const key of keys) {
    const spec = areas.find((a) => a.key === key);
    if (!spec) {
      skipped.push(key.slice(0, 80));
      continue;
    }
    const decoded = decodeAreaStrict(spec, fileAreas[key]);
    if (!decoded.ok) {
      const name = areaTitle(spec);
      if (decoded.reason === 'newer') {
        return refuse(
          'newer',
          `This file’s ${name} came from a newer version of Imago Practice. Reload this page to get the update, then try again.`,
        );
      }
      return refuse('damaged', `Part of this file (your ${name}) is damaged, so the file was not imported.`);
    }
    values[key] = decoded.value;
  }
  if (Object.keys(values).length === 0) {
    return refuse('not-export', 'This file holds no practice data that Imago Practice knows.');
  }
  const exportedAt = typeof file.exportedAt === 'string' ? file.exportedAt.slice(0, 40) : undefined;
  return { ok: true, file: { exportedAt, values, skipped } };
}

export type ImportMode = 'add' | 'replace';

export interface AreaPreview {
  key: string;
  title: string;
  noun: readonly [string, string];
  /** Items in the file that are not on this device. */
  added: number;
  /** Items on this device that the file's version replaces. */
  replaced: number;
  /** Items that are the same in both. */
  unchanged: number;
  /** Items only on this device: kept when adding, removed when replacing. */
  onlyHere: number;
}

/** What importing `file` would do to each area, for the preview. */
export function previewImport(areas: readonly AreaSpec<unknown>[], device: Values, file: ParsedImport): AreaPreview[] {
  return areas.map((spec) => {
    const here = areaItems(spec, device[spec.key] ?? spec.empty());
    const there = spec.key in file.values ? areaItems(spec, file.values[spec.key]) : {};
    let added = 0;
    let replaced = 0;
    let unchanged = 0;
    for (const [id, item] of Object.entries(there)) {
      if (!(id in here)) added++;
      else if (jsonEqual(here[id], item)) unchanged++;
      else replaced++;
    }
    const onlyHere = Object.keys(here).filter((id) => !(id in there)).length;
    return {
      key: spec.key,
      title: areaTitle(spec),
      noun: spec.noun ?? ['item', 'items'],
      added,
      replaced,
      unchanged,
      onlyHere,
    };
  });
}

/**
 * The value of every area after the import, or a problem. "add" keeps what is here and adds the
 * file's items (an item with the same id is replaced by the file's); "replace" makes this device
 * hold exactly what the file holds (areas missing from the file become empty).
 */
export function applyImport(
  areas: readonly AreaSpec<unknown>[],
  device: Values,
  file: ParsedImport,
  mode: ImportMode,
): { ok: true; values: Values } | { ok: false; message: string } {
  const out: Values = {};
  for (const spec of areas) {
    const here = device[spec.key] ?? spec.empty();
    if (!(spec.key in file.values)) {
      out[spec.key] = mode === 'replace' ? spec.empty() : here;
      continue;
    }
    const there = file.values[spec.key];
    if (mode === 'replace') {
      out[spec.key] = there;
      continue;
    }
    const conflict = spec.importConflict?.(here, there);
    if (conflict) return { ok: false, message: conflict + UNCHANGED };
    const merged = spec.importMerge ? spec.importMerge(here, there) : addItems(here, there);
    const checked = validate(spec.schema, merged);
    if (!checked.ok) {
      return { ok: false, message: `Your ${areaTitle(spec)} could not be combined with the file’s.${UNCHANGED}` };
    }
    out[spec.key] = checked.value;
  }
  return { ok: true, values: out };
}

/**
 * Adds a file's items to this device's, one level down: lists of items with ids are combined by id
 * and records by key (the file's item replaces the same item here); any other field takes the
 * file's value.
 */
export function addItems(device: unknown, file: unknown): unknown {
  if (!isPlainObject(device) || !isPlainObject(file)) return file;
  const out: Record<string, unknown> = { ...device };
  for (const [k, there] of Object.entries(file)) {
    const here = device[k];
    if (isIdList(here) && isIdList(there)) {
      const replaced = new Map(there.map((x) => [x.id, x]));
      const kept = here.map((x) => replaced.get(x.id) ?? x);
      out[k] = [...kept, ...there.filter((x) => !here.some((h) => h.id === x.id))];
    } else if (isPlainObject(here) && isPlainObject(there) && isRecordOfObjects(here) && isRecordOfObjects(there)) {
      out[k] = { ...here, ...there };
    } else {
      out[k] = there;
    }
  }
  return out;
}

function isIdList(x: unknown): x is ({ id: string } & Record<string, unknown>)[] {
  return Array.isArray(x) && x.every((i) => isPlainObject(i) && typeof i.id === 'string');
}

function isRecordOfObjects(x: Record<string, unknown>): boolean {
  return Object.values(x).every(isPlainObject);
}

// Helpers for reading files ---------------------------------------------------------------------

export type StrictDecoded<T> = { ok: true; value: T } | { ok: false; reason: 'shape' | 'newer' | 'invalid' };

/**
 * Reads one area of an import file: `{v, data}` as parsed JSON. Unlike `decodeArea` nothing is
 * salvaged: a file is taken whole or refused, so the person's data is never half-replaced.
 */
export function decodeAreaStrict<T>(spec: AreaSpec<T>, envelope: unknown): StrictDecoded<T> {
  if (!isPlainObject(envelope) || !Number.isInteger(envelope.v) || (envelope.v as number) < 1 || !('data' in envelope))
    return { ok: false, reason: 'shape' };
  if ((envelope.v as number) > spec.version) return { ok: false, reason: 'newer' };
  let data = envelope.data;
  try {
    for (let v = envelope.v as number; v < spec.version; v++) {
      const step = spec.migrations?.[v];
      if (!step) return { ok: false, reason: 'invalid' };
      data = step(data);
    }
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const result = validate(spec.schema, data);
  return result.ok ? { ok: true, value: result.value } : { ok: false, reason: 'invalid' };
}

/** The area's items for counting and previews (see `AreaSpec.items`). */
export function areaItems<T>(spec: AreaSpec<T>, value: T): Record<string, unknown> {
  if (spec.items) return spec.items(value);
  return isEmptyValue(spec, value) ? {} : { all: value };
}

/** True when the value holds nothing beyond the area's empty value. */
export function isEmptyValue<T>(spec: AreaSpec<T>, value: T): boolean {
  return JSON.stringify(value) === JSON.stringify(spec.empty());
}

/** Maximum nesting accepted in stored or imported data; deeper values are not practice data. */
export const MAX_DEPTH = 32;

/** True if any object inside `value` has a key that could alter a prototype, or nests too deep. */
export function hasForbiddenKeys(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [x, depth] = stack.pop()!;
    if (typeof x !== 'object' || x === null) continue;
    if (depth > MAX_DEPTH) return true;
    if (Array.isArray(x)) {
      for (const item of x) stack.push([item, depth + 1]);
      continue;
    }
    for (const key of Object.keys(x)) {
      if (FORBIDDEN_KEYS.has(key)) return true;
      stack.push([(x as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return false;
}

/**
 * The preview in words: one line per area that changes ("3 new entries, 1 replaced") and the
 * names of the areas that stay as they are.
 */
export function describePreview(
  preview: readonly AreaPreview[],
  mode: ImportMode,
): { changes: string[]; same: string[] } {
  const changes: string[] = [];
  const same: string[] = [];
  for (const p of preview) {
    const n = (k: number) => `${k} ${k === 1 ? p.noun[0] : p.noun[1]}`;
    const parts: string[] = [];
    if (p.added) parts.push(`${n(p.added)} added`);
    if (p.replaced) parts.push(`${n(p.replaced)} replaced by the file’s version`);
    if (p.onlyHere && mode === 'replace') parts.push(`${n(p.onlyHere)} only on this device removed`);
    const title = p.title.charAt(0).toUpperCase() + p.title.slice(1);
    if (parts.length) changes.push(`${title}: ${parts.join(', ')}.`);
    else same.push(p.title);
  }
  return { changes, same };
}
