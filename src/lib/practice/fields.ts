/** Small schema pieces shared by the practice-data areas. */
import * as z from 'zod/mini';

/** An ISO 8601 timestamp as written by `Date.toISOString()` (loosely checked: length only). */
export const iso = z.string().check(z.minLength(10), z.maxLength(40));

/** A stable item id: letters, digits, `-` and `_`. */
export const itemId = z.string().check(z.minLength(1), z.maxLength(60), z.regex(/^[A-Za-z0-9_-]+$/));

/** Free text up to `max` characters. */
export const text = (max: number) => z.string().check(z.maxLength(max));

/** A sealed box from the passphrase lock (see lock.ts): opaque, base64url parts joined by dots. */
export const box = z.string().check(z.minLength(20), z.maxLength(200_000), z.regex(/^s1\.[A-Za-z0-9_.-]+$/));

/** A new random item id (URL-safe, 16 characters). */
export function newId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
