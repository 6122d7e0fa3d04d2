/**
 * Versioned, validated storage for one area of practice data (progress, drill attempts, ...).
 *
 * Each area is stored under its own key as `{"v": <version>, "data": <value>}`. Decoding never
 * throws: it migrates older versions, keeps whatever part of a damaged value is still valid, and
 * reports what happened so the person can be told and the raw value backed up.
 */
import { validate, type Validator } from './validate';

/**
 * How an area keeps private parts (journal entries, reflections) sealed when the passphrase lock
 * is on. Items are identified by their `id`; a sealed part is stored as an opaque box string.
 */
export interface Sealing<T> {
  /** Private parts not sealed yet, by item id. */
  unsealed(value: T): { id: string; secret: unknown }[];
  /** Swaps each listed item's private part for its box, if the part is still `secret`. */
  seal(value: T, boxes: ReadonlyMap<string, { box: string; secret: unknown }>): T;
  /** Every box in the value. */
  boxes(value: T): string[];
  /** Puts opened private parts back in place of their boxes (removing the lock). */
  open(value: T, opened: ReadonlyMap<string, unknown>): T;
  /** Drops every sealed part that cannot be opened (a forgotten passphrase). */
  discard(value: T): T;
}

export interface AreaSpec<T> {
  /** Storage key, namespaced: `imago:<area>`. Changing it loses data: add a migration instead. */
  key: string;
  /** What the area holds and how much of it is kept, in plain words: listed on the privacy page. */
  description?: string;
  /** Current schema version. */
  version: number;
  /** Schema of the current version's data: any Standard Schema (zod, or ./validate's builders). */
  schema: Validator<T>;
  /** The value of an area nobody has written yet. */
  empty: () => T;
  /** `migrations[n]` turns version n data into version n + 1 data. */
  migrations?: Record<number, (old: unknown) => unknown>;
  /** Keeps the valid parts of data that failed validation; defaults to `empty()`. */
  salvage?: (data: unknown) => T;
  /** What people call this area, lower case ("lesson progress"); defaults to a name from the key. */
  title?: string;
  /** How to count it: singular and plural ("lesson", "lessons"). */
  noun?: readonly [string, string];
  /** The area's items by a stable id, for the import preview; defaults to one item (the whole value). */
  items?: (value: T) => Record<string, unknown>;
  /** Private parts the passphrase lock seals. */
  sealing?: Sealing<T>;
  /** Combines a file's value into this device's when importing "add to what is here". */
  importMerge?: (device: T, file: T) => T;
  /** Why a file's value cannot be added to this device's, if it cannot (checked before merging). */
  importConflict?: (device: T, file: T) => string | undefined;
}

export type DecodeProblem =
  { kind: 'corrupt'; message: string } | { kind: 'partial'; message: string } | { kind: 'newer'; message: string };

export interface Decoded<T> {
  value: T;
  /** Set when the stored value could not be read as it was. The raw value should be backed up. */
  problem?: DecodeProblem;
}

/** Serialises an area's value inside its version envelope. */
export function encodeArea<T>(spec: AreaSpec<T>, value: T): string {
  return JSON.stringify({ v: spec.version, data: value });
}

/** Reads a stored string (or nothing) into a valid value; see the module comment. */
export function decodeArea<T>(spec: AreaSpec<T>, raw: string | null | undefined): Decoded<T> {
  if (raw == null || raw === '') return { value: spec.empty() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {
      value: spec.empty(),
      problem: { kind: 'corrupt', message: `The saved ${label(spec)} could not be read, so a copy was set aside.` },
    };
  }
  let version = 1;
  let data: unknown = parsed;
  if (isEnvelope(parsed)) {
    version = parsed.v;
    data = parsed.data;
  }
  if (version > spec.version) {
    return {
      value: spec.empty(),
      problem: {
        kind: 'newer',
        message: `Your ${label(spec)} was saved by a newer version of this site. A copy was set aside; reload to get the update.`,
      },
    };
  }
  try {
    for (let v = version; v < spec.version; v++) {
      const step = spec.migrations?.[v];
      if (!step) throw new Error(`no migration from version ${v}`);
      data = step(data);
    }
  } catch {
    return {
      value: spec.empty(),
      problem: { kind: 'corrupt', message: `The saved ${label(spec)} could not be updated, so a copy was set aside.` },
    };
  }
  const result = validate(spec.schema, data);
  if (result.ok) return { value: result.value };
  const value = spec.salvage ? safeSalvage(spec, data) : spec.empty();
  return {
    value,
    problem: {
      kind: 'partial',
      message: `Part of your saved ${label(spec)} was damaged. Everything readable was kept and a copy of the rest was set aside.`,
    },
  };
}

/** A person-facing name for the area. */
export function areaTitle(spec: { key: string; title?: string }): string {
  return label(spec);
}

/**
 * Salvage helper for record-shaped data: keeps every entry whose value passes `entry`.
 * Returns an empty record for anything that is not a plain object.
 */
export function keepValidEntries<V>(data: unknown, entry: Validator<V>): Record<string, V> {
  const out: Record<string, V> = {};
  if (!isPlainObject(data)) return out;
  for (const [k, v] of Object.entries(data)) {
    const r = validate(entry, v);
    // defineProperty, so a "__proto__" key stays plain data (as in ./validate's record).
    if (r.ok) Object.defineProperty(out, k, { value: r.value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Salvage helper for arrays: keeps every item that passes `item`. */
export function keepValidItems<V>(data: unknown, item: Validator<V>): V[] {
  if (!Array.isArray(data)) return [];
  const out: V[] = [];
  for (const v of data) {
    const r = validate(item, v);
    if (r.ok) out.push(r.value);
  }
  return out;
}

export function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isEnvelope(x: unknown): x is { v: number; data: unknown } {
  return isPlainObject(x) && Number.isInteger(x.v) && (x.v as number) >= 1 && 'data' in x;
}

function safeSalvage<T>(spec: AreaSpec<T>, data: unknown): T {
  try {
    const salvaged = spec.salvage!(data);
    const check = validate(spec.schema, salvaged);
    return check.ok ? check.value : spec.empty();
  } catch {
    return spec.empty();
  }
}

function label(spec: { key: string; title?: string }): string {
  return spec.title ?? spec.key.replace(/^imago:/, '').replace(/-/g, ' ');
}
