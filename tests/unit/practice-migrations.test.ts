import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { decodeArea, encodeArea, type AreaSpec } from '../../src/lib/practice/area';
import { AREAS } from '../../src/lib/practice/registry';
import { validate } from '../../src/lib/practice/validate';

const dir = new URL('../fixtures/practice-data/', import.meta.url);
const name = (spec: AreaSpec<unknown>) => spec.key.replace(/^imago:/, '');
const fixture = (spec: AreaSpec<unknown>, v: number) => new URL(`${name(spec)}.v${v}.json`, dir);

describe('stored data of every registered area', () => {
  it('has unique keys', () => {
    const keys = AREAS.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k).toMatch(/^imago:[a-z]+(?:-[a-z]+)*$/);
  });

  for (const spec of AREAS) {
    describe(spec.key, () => {
      it('keeps a fixture for every earlier version (and the current one once there are migrations)', () => {
        const needed = spec.version > 1 ? Array.from({ length: spec.version }, (_, i) => i + 1) : [];
        const missing = needed.filter((v) => !existsSync(fixture(spec, v)));
        expect(missing, `add tests/fixtures/practice-data/${name(spec)}.v<n>.json`).toEqual([]);
      });

      for (let v = 1; v <= spec.version; v++) {
        it.runIf(existsSync(fixture(spec, v)))(`reads what version ${v} stored, without a problem`, () => {
          const raw = readFileSync(fixture(spec, v), 'utf8');
          const decoded = decodeArea(spec, raw);
          expect(decoded.problem).toBeUndefined();
          expect(validate(spec.schema, decoded.value).ok).toBe(true);
          if (v === spec.version) {
            // The current version reads back exactly as stored.
            expect(decoded.value).toEqual(JSON.parse(raw).data);
          } else {
            expect(decoded.value).not.toEqual(spec.empty());
          }
          // Whatever was read can be written and read again unchanged.
          expect(decodeArea(spec, encodeArea(spec, decoded.value)).value).toEqual(decoded.value);
        });
      }

      it('has a migration step from every earlier version', () => {
        for (let v = 1; v < spec.version; v++) expect(typeof spec.migrations?.[v]).toBe('function');
      });

      it('decodes an empty value to empty without a problem', () => {
        expect(decodeArea(spec, null)).toEqual({ value: spec.empty() });
      });
    });
  }
});

describe('the migration chain', () => {
  // A made-up area at version 3, to check the machinery itself.
  const v3 = z.object({ items: z.array(z.object({ text: z.string(), at: z.string(), tags: z.array(z.string()) })) });
  const spec: AreaSpec<z.infer<typeof v3>> = {
    key: 'imago:test-chain',
    version: 3,
    schema: v3,
    empty: () => ({ items: [] }),
    migrations: {
      // v1 was a bare list of strings.
      1: (old) => ({ items: (old as string[]).map((text) => ({ text, at: '2026-01-01T00:00:00Z' })) }),
      // v3 added tags.
      2: (old) => ({
        items: (old as { items: { text: string; at: string }[] }).items.map((i) => ({ ...i, tags: [] })),
      }),
    },
  };

  it('runs every step from an old version up to the current one', () => {
    const d = decodeArea(spec, JSON.stringify({ v: 1, data: ['a', 'b'] }));
    expect(d.problem).toBeUndefined();
    expect(d.value.items.map((i) => [i.text, i.tags])).toEqual([
      ['a', []],
      ['b', []],
    ]);
  });

  it('starts from the middle of the chain', () => {
    const d = decodeArea(spec, JSON.stringify({ v: 2, data: { items: [{ text: 'x', at: '2026-01-01T00:00:00Z' }] } }));
    expect(d.value.items[0]?.tags).toEqual([]);
  });

  it('reads a value saved before versioning as version 1', () => {
    expect(decodeArea(spec, JSON.stringify(['legacy'])).value.items[0]?.text).toBe('legacy');
  });

  it('reports a step that fails, instead of throwing', () => {
    const d = decodeArea(spec, JSON.stringify({ v: 1, data: 'not a list' }));
    expect(d.problem?.kind).toBe('corrupt');
    expect(d.value).toEqual({ items: [] });
  });

  it('reports a missing step', () => {
    const gap = { ...spec, migrations: { 2: spec.migrations![2]! } };
    expect(decodeArea(gap, JSON.stringify({ v: 1, data: [] })).problem?.kind).toBe('corrupt');
  });
});
