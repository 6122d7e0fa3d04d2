/**
 * Validation for stored practice data, through the Standard Schema interface
 * (https://standardschema.dev): zod schemas and the small builders below both fit it.
 *
 * The builders exist for bundle size: an area that pages load on every keystroke path (drill
 * attempts) validates its few plain shapes in well under 1 KB, where zod/mini adds about 6.5 KB
 * gzip to the page. Semantics follow zod's: objects drop unknown keys, optional keys may be absent.
 */

/** The part of a Standard Schema this module relies on. */
export interface Validator<T> {
  readonly '~standard': {
    readonly validate: (
      value: unknown,
    ) =>
      | { readonly value: T; readonly issues?: undefined }
      | { readonly issues: ReadonlyArray<{ readonly message: string }> }
      | Promise<unknown>;
  };
}

export type Infer<V> = V extends Validator<infer T> ? T : never;

/** Validates synchronously; async schemas count as failures (stored data never needs them). */
export function validate<T>(schema: Validator<T>, data: unknown): { ok: true; value: T } | { ok: false } {
  try {
    const r = schema['~standard'].validate(data);
    if (r instanceof Promise) {
      r.catch(() => {});
      return { ok: false };
    }
    return r.issues ? { ok: false } : { ok: true, value: r.value };
  } catch {
    return { ok: false };
  }
}

// ---- small builders ---------------------------------------------------------------------------

const FAIL: unique symbol = Symbol('fail');
type Parse<T> = (v: unknown) => T | typeof FAIL;

/** A validator built here: a Standard Schema plus the parse step the builders compose. */
export interface Shape<T> extends Validator<T> {
  readonly parse: Parse<T>;
}
/** A key of an object that may be absent. */
export interface OptionalShape<T> extends Shape<T | undefined> {
  readonly optional: true;
}

function shape<T>(parse: Parse<T>): Shape<T> {
  return {
    parse,
    '~standard': {
      version: 1,
      vendor: 'imago',
      validate: (value: unknown) => {
        const out = parse(value);
        return out === FAIL ? { issues: [{ message: 'Invalid value' }] } : { value: out };
      },
    } as Validator<T>['~standard'],
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A string, optionally with a length range. */
export function string(min = 0, max = Infinity): Shape<string> {
  return shape((v) => (typeof v === 'string' && v.length >= min && v.length <= max ? v : FAIL));
}

/** One of the given strings. */
export function oneOf<const T extends readonly string[]>(values: T): Shape<T[number]> {
  return shape((v) => ((values as readonly unknown[]).includes(v) ? (v as T[number]) : FAIL));
}

/** A key that may be absent (or undefined). */
export function optional<T>(inner: Shape<T>): OptionalShape<T> {
  return { ...shape((v) => (v === undefined ? undefined : inner.parse(v))), optional: true };
}

/** An array whose every item passes `item`. */
export function array<T>(item: Shape<T>): Shape<T[]> {
  return shape((v) => {
    if (!Array.isArray(v)) return FAIL;
    const out: T[] = [];
    for (const x of v) {
      const p = item.parse(x);
      if (p === FAIL) return FAIL;
      out.push(p);
    }
    return out;
  });
}

/** A plain object with string keys whose every value passes `value`. */
export function record<T>(value: Shape<T>): Shape<Record<string, T>> {
  return shape((v) => {
    if (!isRecord(v)) return FAIL;
    const out: Record<string, T> = {};
    for (const k of Object.keys(v)) {
      const p = value.parse(v[k]);
      if (p === FAIL) return FAIL;
      // defineProperty, so a "__proto__" key stays plain data.
      Object.defineProperty(out, k, { value: p, enumerable: true, writable: true, configurable: true });
    }
    return out;
  });
}

type ObjectOf<S extends Record<string, Shape<unknown>>> = {
  [K in keyof S as S[K] extends { optional: true } ? never : K]: Infer<S[K]>;
} & {
  [K in keyof S as S[K] extends { optional: true } ? K : never]?: Exclude<Infer<S[K]>, undefined>;
};

/** A plain object with these keys; unknown keys are dropped, absent optional keys stay absent. */
export function object<S extends Record<string, Shape<unknown>>>(
  fields: S,
): Shape<{ [K in keyof ObjectOf<S>]: ObjectOf<S>[K] }> {
  return shape((v) => {
    if (!isRecord(v)) return FAIL;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(fields)) {
      const f = fields[k]!;
      if ('optional' in f && v[k] === undefined) continue;
      const p = f.parse(v[k]);
      if (p === FAIL) return FAIL;
      out[k] = p;
    }
    return out as { [K in keyof ObjectOf<S>]: ObjectOf<S>[K] };
  });
}
