/**
 * The passphrase lock for private entries (see src/lib/practice/lock.ts for the cryptography).
 *
 * While the lock is on, every registered area's private parts are sealed as soon as they appear
 * (a new journal entry, a dialogue's reflections), and the store holds back writing until they
 * are: private text only ever reaches storage sealed. Unlocking opens the boxes into `$opened`,
 * in memory only; reloading or leaving the page forgets them, so the lock closes again.
 */
import { atom, computed } from 'nanostores';
import type { Sealing } from '../lib/practice/area';
import {
  changePassphrase as rewrap,
  createLock,
  MIN_PASSPHRASE,
  openLock,
  seal,
  unseal,
  type LockConfig,
} from '../lib/practice/lock';
import { settingsArea } from '../lib/practice/settings';
import { createAreaStore, flushAll, flushStore, reportStorageProblem, setWriteHold, type AreaStore } from './persist';

export const $settings = createAreaStore(settingsArea);

/** Opened private parts by their box: memory only. */
export const $opened = atom<ReadonlyMap<string, unknown>>(new Map());

const $unlocked = atom(false);
let privateKey: CryptoKey | undefined;
/** Set while the lock itself is being removed, so nothing is sealed again meanwhile. */
let removing = false;

export type LockState = 'off' | 'locked' | 'unlocked';
export const $lockState = computed([$settings, $unlocked], (s, u): LockState =>
  !s.lock ? 'off' : u ? 'unlocked' : 'locked',
);

/** How many sealed parts could not be opened with this lock's key (sealed by another lock). */
export const $unreadable = atom(0);

interface Registered {
  store: AreaStore<unknown>;
  sealing: Sealing<unknown>;
  running: boolean;
  again: boolean;
  idle: Promise<void>;
}
const registered: Registered[] = [];

/**
 * Makes the lock seal a store's private parts (its spec's `sealing`). Call once per store, beside
 * the store's definition.
 */
export function registerSealedStore<T>(store: AreaStore<T>): void {
  const sealing = store.spec.sealing as Sealing<unknown> | undefined;
  if (!sealing || registered.some((r) => r.store === (store as AreaStore<unknown>))) return;
  const entry: Registered = {
    store: store as AreaStore<unknown>,
    sealing,
    running: false,
    again: false,
    idle: Promise.resolve(),
  };
  registered.push(entry);
  setWriteHold(store, (value) => Boolean($settings.get().lock) && !removing && sealing.unsealed(value).length > 0);
  store.listen(() => void sweep(entry));
  void sweep(entry);
}

function sweep(e: Registered): Promise<void> {
  if (e.running) {
    e.again = true;
    return e.idle;
  }
  e.running = true;
  e.idle = (async () => {
    try {
      do {
        e.again = false;
        await sealPending(e);
        if (privateKey) await openBoxes(e, privateKey);
      } while (e.again);
    } finally {
      e.running = false;
    }
  })();
  return e.idle;
}

async function sealPending(e: Registered): Promise<void> {
  const lock = $settings.get().lock;
  if (!lock || removing) return;
  const pending = e.sealing.unsealed(e.store.get());
  if (pending.length === 0) return;
  const boxes = new Map<string, { box: string; secret: unknown }>();
  try {
    for (const { id, secret } of pending) boxes.set(id, { box: await seal(lock, secret), secret });
  } catch {
    reportStorageProblem({
      key: e.store.spec.key,
      message:
        'A new entry could not be locked, so it is only kept on this page for now. Try removing the lock and setting it again.',
    });
    return;
  }
  if ($settings.get().lock?.publicKey !== lock.publicKey || removing) return;
  if (privateKey) {
    const opened = new Map($opened.get());
    for (const { box, secret } of boxes.values()) opened.set(box, secret);
    $opened.set(opened);
  }
  e.store.set(e.sealing.seal(e.store.get(), boxes));
  flushStore(e.store); // held back until now: write the sealed value at once
}

async function openBoxes(e: Registered, key: CryptoKey): Promise<void> {
  const known = $opened.get();
  const todo = e.sealing.boxes(e.store.get()).filter((b) => !known.has(b));
  if (todo.length === 0) return;
  const found = new Map<string, unknown>();
  for (const box of todo) {
    try {
      found.set(box, await unseal(key, box));
    } catch {
      // Sealed by another lock (or damaged): counted below, never shown as text.
    }
  }
  if (privateKey !== key) return; // locked again meanwhile
  // Other stores may have opened boxes while this one awaited: add to the latest map.
  $opened.set(new Map([...$opened.get(), ...found]));
  $unreadable.set(countUnreadable());
}

function countUnreadable(): number {
  const opened = $opened.get();
  return registered.reduce((n, r) => n + r.sealing.boxes(r.store.get()).filter((b) => !opened.has(b)).length, 0);
}

/** Waits until every registered store has sealed and opened what it can (for tests and forms). */
export async function settled(): Promise<void> {
  await Promise.all(registered.map((r) => sweep(r)));
}

// Another tab (or an import) may set, change or remove the lock.
let knownKey = $settings.get().lock?.publicKey;
$settings.listen((s) => {
  if (s.lock?.publicKey !== knownKey) {
    knownKey = s.lock?.publicKey;
    lockNow();
  }
  for (const r of registered) void sweep(r);
});

export type LockResult = { ok: true } | { ok: false; message: string };

const WRONG = 'That passphrase did not open your entries. Check it (capitals count) and try again.';

/** Turns the lock on. The passphrase is used once to wrap the key and then forgotten. */
export async function setLock(passphrase: string, options: { iterations?: number } = {}): Promise<LockResult> {
  if ($settings.get().lock) return { ok: false, message: 'A lock is already set.' };
  if (passphrase.length < MIN_PASSPHRASE) {
    return { ok: false, message: `Please use at least ${MIN_PASSPHRASE} characters.` };
  }
  const { config, privateKey: key } = await createLock(passphrase, options);
  privateKey = key;
  knownKey = config.publicKey;
  $unlocked.set(true);
  $settings.set({ ...$settings.get(), lock: config });
  flushAll();
  await settled();
  flushAll(); // the sealed entries replace the readable ones in storage now, not after a pause
  return { ok: true };
}

/** Opens locked entries for this page until it is left or reloaded. */
export async function unlock(passphrase: string): Promise<LockResult> {
  const lock = $settings.get().lock;
  if (!lock) return { ok: true };
  const key = await openLock(lock, passphrase);
  if (!key) return { ok: false, message: WRONG };
  if ($settings.get().lock?.publicKey !== lock.publicKey)
    return { ok: false, message: 'The lock changed. Please try again.' };
  privateKey = key;
  $unlocked.set(true);
  await Promise.all(registered.map((r) => openBoxes(r, key)));
  return { ok: true };
}

/** Closes the lock now: opened entries are forgotten. */
export function lockNow(): void {
  privateKey = undefined;
  $unlocked.set(false);
  $opened.set(new Map());
  $unreadable.set(0);
}

/** Keeps the sealed entries but wraps their key with a new passphrase. */
export async function changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<LockResult> {
  const lock = $settings.get().lock;
  if (!lock) return { ok: false, message: 'There is no lock to change.' };
  if (newPassphrase.length < MIN_PASSPHRASE) {
    return { ok: false, message: `Please use at least ${MIN_PASSPHRASE} characters.` };
  }
  const next = await rewrap(lock, oldPassphrase, newPassphrase);
  if (!next) return { ok: false, message: WRONG };
  $settings.set({ ...$settings.get(), lock: next });
  flushAll();
  return { ok: true };
}

/** Removes the lock: every sealed entry is opened and stored readable again. */
export async function removeLock(passphrase: string): Promise<LockResult> {
  const lock = $settings.get().lock;
  if (!lock) return { ok: true };
  const opened = await unlock(passphrase);
  if (!opened.ok) return opened;
  await settled();
  if (countUnreadable() > 0) {
    return {
      ok: false,
      message:
        'Some entries were locked with a different passphrase and cannot be opened, so the lock was kept. You can delete them below.',
    };
  }
  removing = true;
  try {
    for (const r of registered) r.store.set(r.sealing.open(r.store.get(), $opened.get()));
    const { lock: _removed, ...rest } = $settings.get();
    knownKey = undefined;
    $settings.set(rest);
    flushAll();
  } finally {
    removing = false;
  }
  lockNow();
  return { ok: true };
}

/**
 * For a forgotten passphrase: deletes every sealed entry that cannot be opened, and the lock.
 * Entries written before the lock was set and not yet sealed are kept.
 */
export function forgetLock(): void {
  removing = true;
  try {
    for (const r of registered) r.store.set(r.sealing.discard(r.store.get()));
    const { lock: _removed, ...rest } = $settings.get();
    knownKey = undefined;
    $settings.set(rest);
    flushAll();
  } finally {
    removing = false;
  }
  lockNow();
}

/** The current lock's settings, if any (for showing when it was set). */
export function currentLock(): LockConfig | undefined {
  return $settings.get().lock;
}
