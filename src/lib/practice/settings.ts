/**
 * Settings that travel with the practice data: for now the passphrase lock (salt, iteration
 * count, public key and wrapped private key; never the passphrase).
 */
import * as z from 'zod/mini';
import { isPlainObject, type AreaSpec } from './area';
import { lockConfigSchema } from './lock';

export const settingsSchema = z.object({
  lock: z.optional(lockConfigSchema),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsArea: AreaSpec<Settings> = {
  key: 'imago:settings',
  description:
    'The passphrase lock, if you set one: a random salt and the locked key that seals your entries. Never the passphrase itself.',
  version: 1,
  schema: settingsSchema,
  empty: () => ({}),
  title: 'settings',
  noun: ['setting', 'settings'],
  items: (s) => (s.lock ? { lock: s.lock } : {}),
  salvage: (data) => {
    const lock = z.safeParse(lockConfigSchema, isPlainObject(data) ? data.lock : undefined);
    return lock.success ? { lock: lock.data } : {};
  },
  // A lock already on this device stays as it is: a file's older copy of the same lock could
  // otherwise bring back a passphrase that was changed since.
  importMerge: (device, file) => ({ ...file, ...device, lock: device.lock ?? file.lock }),
  importConflict: (device, file) =>
    device.lock && file.lock && device.lock.publicKey !== file.lock.publicKey
      ? 'The file’s entries are locked with a different passphrase from the lock on this device. Remove the lock here first, or choose to replace everything.'
      : undefined,
};
