/**
 * Three-way merge of JSON values, used when two tabs (or an import) change the same area.
 *
 * `base` is the value both sides last agreed on (what this tab last read from or wrote to
 * storage), `local` is this tab's value, `incoming` the other side's. A side that did not change a
 * part takes the other side's version of it, so changes made on both sides survive:
 * - plain objects merge key by key (a key deleted on one side and edited on the other is kept:
 *   an edit wins over a delete, so nothing typed disappears);
 * - arrays of objects with a string `id` merge item by item, by id;
 * - other arrays of objects merge as sets (items added on either side are kept, items deleted on
 *   either side are dropped);
 * - anything else changed on both sides (a scalar, a list of strings) takes `local`.
 */

import type { AreaSpec } from './area';
import { validate } from './validate';

/** Keys that could change an object's prototype when copied: never copied, never accepted. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

type Json = unknown;

function isObject(x: unknown): x is Record<string, Json> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Structural equality for JSON values (key order ignored). */
export function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    if (ka.length !== kb.length) return false;
    return ka.every((k) => own(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

function hasId(x: unknown): x is { id: string } & Record<string, Json> {
  return isObject(x) && typeof x.id === 'string';
}

/** Merges `local` and `incoming`, both derived from `base`; see the module comment. */
export function merge3(base: Json, local: Json, incoming: Json): Json {
  if (jsonEqual(local, incoming)) return local;
  if (jsonEqual(base, local)) return incoming;
  if (jsonEqual(base, incoming)) return local;
  if (isObject(local) && isObject(incoming)) return mergeObjects(isObject(base) ? base : {}, local, incoming);
  if (Array.isArray(local) && Array.isArray(incoming)) {
    const b = Array.isArray(base) ? base : [];
    const all = [...b, ...local, ...incoming];
    if (all.length > 0 && all.every(hasId)) return mergeById(b, local, incoming);
    if (all.length > 0 && all.every(isObject)) return mergeAsSets(b, local, incoming);
  }
  return local;
}

function mergeObjects(base: Record<string, Json>, local: Record<string, Json>, incoming: Record<string, Json>) {
  const out: Record<string, Json> = {};
  const keys = new Set([...Object.keys(local), ...Object.keys(incoming)]);
  for (const key of keys) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    const inL = own(local, key) && local[key] !== undefined;
    const inI = own(incoming, key) && incoming[key] !== undefined;
    const inB = own(base, key) && base[key] !== undefined;
    if (inL && inI) out[key] = merge3(inB ? base[key] : undefined, local[key], incoming[key]);
    else if (inL) {
      // Missing from incoming: added here, or deleted there. Keep it unless deleted there untouched here.
      if (!inB || !jsonEqual(base[key], local[key])) out[key] = local[key];
    } else if (inI) {
      if (!inB || !jsonEqual(base[key], incoming[key])) out[key] = incoming[key];
    }
  }
  return out;
}

function mergeById(base: Json[], local: Json[], incoming: Json[]): Json[] {
  const byId = (list: Json[]) => new Map(list.filter(hasId).map((x) => [x.id, x] as const));
  const b = byId(base);
  const l = byId(local);
  const out: Json[] = [];
  const seen = new Set<string>();
  for (const item of incoming) {
    if (!hasId(item) || seen.has(item.id)) continue;
    seen.add(item.id);
    const mine = l.get(item.id);
    const old = b.get(item.id);
    if (mine) out.push(merge3(old, mine, item));
    else if (!old || !jsonEqual(old, item)) out.push(item); // added there, or edited there while deleted here
  }
  for (const item of local) {
    if (!hasId(item) || seen.has(item.id)) continue;
    seen.add(item.id);
    const old = b.get(item.id);
    if (!old || !jsonEqual(old, item)) out.push(item); // added here, or edited here while deleted there
  }
  return out;
}

function mergeAsSets(base: Json[], local: Json[], incoming: Json[]): Json[] {
  const key = (x: Json) => JSON.stringify(sortKeys(x));
  const b = new Set(base.map(key));
  const l = new Set(local.map(key));
  const i = new Set(incoming.map(key));
  // Incoming items not deleted here, then items added here (and not also there).
  return [
    ...incoming.filter((x) => !b.has(key(x)) || l.has(key(x))),
    ...local.filter((x) => !b.has(key(x)) && !i.has(key(x))),
  ];
}

function sortKeys(x: Json): Json {
  if (Array.isArray(x)) return x.map(sortKeys);
  if (isObject(x)) {
    const out: Record<string, Json> = {};
    for (const k of Object.keys(x).sort()) if (!FORBIDDEN_KEYS.has(k)) out[k] = sortKeys(x[k]);
    return out;
  }
  return x;
}

/**
 * Merges two versions of an area that both started from `base` (see merge.ts), keeping the
 * result valid: an invalid merge is salvaged, and if even that fails `local` is kept.
 */
export function mergeArea<T>(spec: AreaSpec<T>, base: T, local: T, incoming: T): T {
  let merged: unknown;
  try {
    merged = merge3(base, local, incoming);
  } catch {
    return local;
  }
  const result = validate(spec.schema, merged);
  if (result.ok) return result.value;
  if (!spec.salvage) return local;
  try {
    const salvaged = validate(spec.schema, spec.salvage(merged));
    return salvaged.ok ? salvaged.value : local;
  } catch {
    return local;
  }
}
