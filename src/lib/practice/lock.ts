/**
 * The passphrase lock for private entries (journal, dialogue reflections), with WebCrypto only.
 *
 * - The passphrase is stretched with PBKDF2 (SHA-256, a stored random salt and iteration count)
 *   into an AES-GCM key. That key encrypts ("wraps") a private key; the passphrase itself is never
 *   stored. A wrong passphrase fails AES-GCM's authentication check, so no separate verifier is
 *   needed and nothing about the passphrase can be checked without doing the full PBKDF2 work.
 * - Entries are sealed to the matching public key (ECDH P-256 with a fresh key per box, HKDF,
 *   AES-GCM). Sealing needs no passphrase, so a new entry or reflection can be saved, and is
 *   sealed, even while the lock is closed; reading it needs the passphrase.
 * - Changing the passphrase re-wraps the same private key, so sealed entries stay readable.
 */
import * as z from 'zod/mini';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; takes well under a second on a recent phone. */
export const DEFAULT_ITERATIONS = 600_000;
/** Accepted range when reading settings (a hostile file must not make unlocking hang). */
export const MIN_ITERATIONS = 1_000;
export const MAX_ITERATIONS = 5_000_000;
/** Shortest passphrase the lock form accepts. */
export const MIN_PASSPHRASE = 8;

const b64 = (min: number, max: number) =>
  z.string().check(z.minLength(min), z.maxLength(max), z.regex(/^[A-Za-z0-9_-]+$/));

export const lockConfigSchema = z.object({
  v: z.literal(1),
  salt: b64(16, 64),
  iterations: z.number().check(z.int(), z.minimum(MIN_ITERATIONS), z.maximum(MAX_ITERATIONS)),
  /** Raw P-256 public key (65 bytes). */
  publicKey: b64(80, 100),
  /** AES-GCM nonce and the wrapped PKCS#8 private key. */
  iv: b64(16, 16),
  wrapped: b64(100, 400),
  createdAt: z.string().check(z.minLength(10), z.maxLength(40)),
});
export type LockConfig = z.infer<typeof lockConfigSchema>;

const enc = new TextEncoder();
const dec = new TextDecoder();
const subtle = () => globalThis.crypto.subtle;
const SEAL_INFO = enc.encode('imago-practice seal v1');

/** Bytes to base64url without padding. */
export function toB64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url to bytes; throws on anything else. */
export function fromB64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function random(n: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(n);
  globalThis.crypto.getRandomValues(out);
  return out;
}

async function passphraseKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await subtle().importKey('raw', enc.encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function wrap(pkcs8: Uint8Array<ArrayBuffer>, passphrase: string, iterations: number) {
  const salt = random(16);
  const iv = random(12);
  const key = await passphraseKey(passphrase, salt, iterations);
  const wrapped = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv }, key, pkcs8));
  return { salt: toB64(salt), iv: toB64(iv), wrapped: toB64(wrapped), iterations };
}

/** Unwraps the PKCS#8 private key, or returns null when the passphrase is wrong. */
async function unwrap(config: LockConfig, passphrase: string): Promise<Uint8Array<ArrayBuffer> | null> {
  const key = await passphraseKey(passphrase, fromB64(config.salt), config.iterations);
  try {
    const plain = await subtle().decrypt({ name: 'AES-GCM', iv: fromB64(config.iv) }, key, fromB64(config.wrapped));
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}

function importPrivate(pkcs8: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return subtle().importKey('pkcs8', pkcs8, { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
}

/** Creates a lock for `passphrase`; returns what to store and the opened private key. */
export async function createLock(
  passphrase: string,
  options: { iterations?: number; now?: Date } = {},
): Promise<{ config: LockConfig; privateKey: CryptoKey }> {
  const pair = (await subtle().generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ])) as CryptoKeyPair;
  const pkcs8 = new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey));
  const publicKey = new Uint8Array(await subtle().exportKey('raw', pair.publicKey));
  const wrapped = await wrap(pkcs8, passphrase, options.iterations ?? DEFAULT_ITERATIONS);
  const config: LockConfig = {
    v: 1,
    ...wrapped,
    publicKey: toB64(publicKey),
    createdAt: (options.now ?? new Date()).toISOString(),
  };
  return { config, privateKey: await importPrivate(pkcs8) };
}

/** Opens the lock: the private key, or null when the passphrase is wrong. */
export async function openLock(config: LockConfig, passphrase: string): Promise<CryptoKey | null> {
  const pkcs8 = await unwrap(config, passphrase);
  return pkcs8 ? importPrivate(pkcs8) : null;
}

/** The same lock under a new passphrase, or null when `oldPassphrase` is wrong. */
export async function changePassphrase(
  config: LockConfig,
  oldPassphrase: string,
  newPassphrase: string,
): Promise<LockConfig | null> {
  const pkcs8 = await unwrap(config, oldPassphrase);
  if (!pkcs8) return null;
  return { ...config, ...(await wrap(pkcs8, newPassphrase, config.iterations)) };
}

async function boxKey(privateKey: CryptoKey, publicKey: CryptoKey, salt: Uint8Array<ArrayBuffer>) {
  const shared = await subtle().deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const hkdf = await subtle().importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: SEAL_INFO },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function importPublic(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return subtle().importKey('raw', raw, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
}

/** Seals any JSON value to the lock's public key: `s1.<ephemeral key>.<nonce>.<ciphertext>`. */
export async function seal(config: Pick<LockConfig, 'publicKey'>, value: unknown): Promise<string> {
  const recipient = await importPublic(fromB64(config.publicKey));
  const eph = (await subtle().generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ])) as CryptoKeyPair;
  const epk = new Uint8Array(await subtle().exportKey('raw', eph.publicKey));
  const key = await boxKey(eph.privateKey, recipient, epk);
  const iv = random(12);
  const ct = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv }, key, enc.encode(JSON.stringify(value))));
  return `s1.${toB64(epk)}.${toB64(iv)}.${toB64(ct)}`;
}

/** Opens a sealed box; throws if it is damaged or was sealed to another lock. */
export async function unseal(privateKey: CryptoKey, box: string): Promise<unknown> {
  const [tag, epk, iv, ct] = box.split('.');
  if (tag !== 's1' || !epk || !iv || !ct) throw new Error('Not a sealed box.');
  const raw = fromB64(epk);
  const key = await boxKey(privateKey, await importPublic(raw), raw);
  const plain = await subtle().decrypt({ name: 'AES-GCM', iv: fromB64(iv) }, key, fromB64(ct));
  return JSON.parse(dec.decode(plain));
}
