import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { changePassphrase, createLock, lockConfigSchema, openLock, seal, unseal } from '../../src/lib/practice/lock';

const fast = { iterations: 1000 };
const secret = { situation: 'Dinner went cold again', feelings: ['hurt', 'lonely'], intensity: 7 };

describe('passphrase lock', () => {
  it('seals and opens a value (round trip)', async () => {
    const { config, privateKey } = await createLock('correct horse battery', fast);
    expect(z.safeParse(lockConfigSchema, config).success).toBe(true);
    const box = await seal(config, secret);
    expect(box).toMatch(/^s1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(box).not.toContain('Dinner');
    expect(await unseal(privateKey, box)).toEqual(secret);
  });

  it('opens with the right passphrase after a reload (from stored settings only)', async () => {
    const { config } = await createLock('correct horse battery', fast);
    const box = await seal(config, secret);
    const stored = JSON.parse(JSON.stringify(config));
    const key = await openLock(stored, 'correct horse battery');
    expect(key).not.toBeNull();
    expect(await unseal(key!, box)).toEqual(secret);
  });

  it('refuses a wrong passphrase', async () => {
    const { config } = await createLock('correct horse battery', fast);
    expect(await openLock(config, 'Correct horse battery')).toBeNull();
    expect(await openLock(config, '')).toBeNull();
  });

  it('never stores the passphrase', async () => {
    const { config } = await createLock('correct horse battery', fast);
    expect(JSON.stringify(config)).not.toContain('horse');
  });

  it('seals each value with fresh randomness', async () => {
    const { config } = await createLock('correct horse battery', fast);
    expect(await seal(config, secret)).not.toBe(await seal(config, secret));
  });

  it('does not open a box sealed to another lock, or a tampered box', async () => {
    const one = await createLock('first passphrase', fast);
    const two = await createLock('second passphrase', fast);
    const box = await seal(one.config, secret);
    await expect(unseal(two.privateKey, box)).rejects.toThrow();
    const parts = box.split('.');
    const ct = parts[3]!;
    parts[3] = (ct[0] === 'A' ? 'B' : 'A') + ct.slice(1);
    await expect(unseal(one.privateKey, parts.join('.'))).rejects.toThrow();
    await expect(unseal(one.privateKey, 'nonsense')).rejects.toThrow();
  });

  it('changes the passphrase and keeps sealed values readable', async () => {
    const { config } = await createLock('old passphrase', fast);
    const box = await seal(config, secret);
    expect(await changePassphrase(config, 'wrong one!', 'new passphrase')).toBeNull();
    const next = await changePassphrase(config, 'old passphrase', 'new passphrase');
    expect(next).not.toBeNull();
    expect(next!.publicKey).toBe(config.publicKey);
    expect(await openLock(next!, 'old passphrase')).toBeNull();
    const key = await openLock(next!, 'new passphrase');
    expect(await unseal(key!, box)).toEqual(secret);
  });

  it('treats passphrases with the same characters but different Unicode forms as equal', async () => {
    const { config } = await createLock('caf\u00e9 au lait', fast);
    expect(await openLock(config, 'cafe\u0301 au lait')).not.toBeNull();
  });

  it('rejects settings that would make unlocking hang', () => {
    const bad = {
      ...{ v: 1, salt: 'a'.repeat(22), publicKey: 'a'.repeat(87), iv: 'a'.repeat(16) },
      wrapped: 'a'.repeat(200),
      createdAt: '2026-01-01T00:00:00Z',
    };
    expect(z.safeParse(lockConfigSchema, { ...bad, iterations: 1e9 }).success).toBe(false);
    expect(z.safeParse(lockConfigSchema, { ...bad, iterations: 600000 }).success).toBe(true);
  });
});
