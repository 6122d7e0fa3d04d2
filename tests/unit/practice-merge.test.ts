import { describe, expect, it } from 'vitest';
import { jsonEqual, merge3 } from '../../src/lib/practice/merge';

describe('merge3', () => {
  it('takes the side that changed', () => {
    expect(merge3({ a: 1 }, { a: 1 }, { a: 2 })).toEqual({ a: 2 });
    expect(merge3({ a: 1 }, { a: 3 }, { a: 1 })).toEqual({ a: 3 });
  });

  it('merges records key by key', () => {
    const base = { lessons: { a: { done: 'd1' } } };
    const local = { lessons: { a: { done: 'd1' }, b: { done: 'd2' } } };
    const incoming = { lessons: { a: { done: 'd1', quiz: { q: 1 } }, c: { done: 'd3' } } };
    expect(merge3(base, local, incoming)).toEqual({
      lessons: { a: { done: 'd1', quiz: { q: 1 } }, b: { done: 'd2' }, c: { done: 'd3' } },
    });
  });

  it('honours deletes made on one side', () => {
    const base = { lessons: { a: { done: 'd1' }, b: { done: 'd2' } } };
    const local = { lessons: { b: { done: 'd2' } } }; // a deleted here
    const incoming = { lessons: { a: { done: 'd1' }, b: { done: 'd2' }, c: { done: 'd3' } } };
    expect(merge3(base, local, incoming)).toEqual({ lessons: { b: { done: 'd2' }, c: { done: 'd3' } } });
  });

  it('keeps an edit over a delete, so nothing typed disappears', () => {
    const base = { items: [{ id: 'x', text: 'old' }] };
    const local = { items: [{ id: 'x', text: 'edited here' }] };
    const incoming = { items: [] };
    expect(merge3(base, local, incoming)).toEqual(local);
    expect(merge3(base, incoming, local)).toEqual(local);
  });

  it('merges lists of items by id, field by field', () => {
    const base = { entries: [{ id: 'a', t: 'x', n: 1 }] };
    const local = {
      entries: [
        { id: 'a', t: 'y', n: 1 },
        { id: 'b', t: 'new here', n: 0 },
      ],
    };
    const incoming = {
      entries: [
        { id: 'a', t: 'x', n: 5 },
        { id: 'c', t: 'new there', n: 0 },
      ],
    };
    expect(merge3(base, local, incoming)).toEqual({
      entries: [
        { id: 'a', t: 'y', n: 5 },
        { id: 'c', t: 'new there', n: 0 },
        { id: 'b', t: 'new here', n: 0 },
      ],
    });
  });

  it('merges lists without ids as sets', () => {
    const a = { text: 'a', at: '1' };
    const b = { text: 'b', at: '2' };
    const c = { text: 'c', at: '3' };
    const d = { text: 'd', at: '4' };
    expect(merge3([a, b], [a, b, c], [a, b, d])).toEqual([a, b, d, c]);
    expect(merge3([a, b], [b, c], [a, b, d])).toEqual([b, d, c]); // a dropped here (a cap), c added
    expect(merge3([a], [a, c], [a, c])).toEqual([a, c]); // the same addition is not doubled
  });

  it('lets this side win a real conflict on a single value', () => {
    expect(merge3({ time: '19:00' }, { time: '20:00' }, { time: '18:00' })).toEqual({ time: '20:00' });
    expect(merge3(['MO'], ['TU'], ['WE'])).toEqual(['TU']);
  });

  it('never copies keys that reach a prototype', () => {
    const incoming = JSON.parse('{"a":1,"__proto__":{"polluted":true}}');
    const out = merge3({}, { b: 2 }, incoming) as Record<string, unknown>;
    expect(out).toEqual({ a: 1, b: 2 });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('jsonEqual', () => {
  it('ignores key order and undefined fields', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: '1' })).toBe(false);
  });
});
