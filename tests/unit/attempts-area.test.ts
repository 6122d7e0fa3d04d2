import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { decodeArea, encodeArea, keepValidEntries } from '../../src/lib/practice/area';
import { addAttempt, attemptsArea, setCurrentPrompt, MAX_ATTEMPTS_PER_PROMPT } from '../../src/lib/practice/attempts';
import { array, object, oneOf, optional, record, string, validate } from '../../src/lib/practice/validate';

const at = '2026-11-22T10:00:00.000Z';

describe('attempts area', () => {
  it('round-trips attempts and the current prompt', () => {
    let a = addAttempt(attemptsArea.empty(), 'mirroring', 'p1', { text: 'If I got it…', verdict: 'almost', at });
    a = setCurrentPrompt(a, 'mirroring', 'p2');
    expect(decodeArea(attemptsArea, encodeArea(attemptsArea, a))).toEqual({ value: a });
    expect(a.drills.mirroring!.current).toBe('p2');
  });

  it('keeps only the latest attempts of a prompt', () => {
    let a = attemptsArea.empty();
    for (let i = 0; i < MAX_ATTEMPTS_PER_PROMPT + 5; i++) {
      a = addAttempt(a, 'empathy', 'p', { text: `try ${i}`, verdict: 'needs-work', at });
    }
    const list = a.drills.empathy!.prompts.p!.attempts;
    expect(list).toHaveLength(MAX_ATTEMPTS_PER_PROMPT);
    expect(list.at(-1)!.text).toBe(`try ${MAX_ATTEMPTS_PER_PROMPT + 4}`);
  });

  it('keeps the valid drills of a damaged value and reports it', () => {
    const good = { current: 'p', prompts: { p: { attempts: [{ text: 'ok', verdict: 'strong', at }] } } };
    const raw = JSON.stringify({
      v: 1,
      data: { drills: { good, bad: { prompts: { p: { attempts: [{ text: 1, verdict: 'meh', at }] } } } } },
    });
    const d = decodeArea(attemptsArea, raw);
    expect(d.value).toEqual({ drills: { good } });
    expect(d.problem?.kind).toBe('partial');
  });

  it('drops unknown keys and keeps a "__proto__" prompt id as data', () => {
    const raw = `{"v":1,"data":{"extra":1,"drills":{"x":{"prompts":{"__proto__":{"attempts":[]}},"junk":true}}}}`;
    const d = decodeArea(attemptsArea, raw);
    expect(d.problem).toBeUndefined();
    expect(Object.keys(d.value)).toEqual(['drills']);
    expect(Object.keys(d.value.drills.x!)).toEqual(['prompts']);
    expect(Object.keys(d.value.drills.x!.prompts)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(d.value.drills.x!.prompts)).toBe(Object.prototype);
  });
});

describe('small validators', () => {
  const s = object({ name: string(1, 5), kind: oneOf(['a', 'b']), note: optional(string()), tags: array(string()) });

  it('accepts valid values and leaves absent optional keys absent', () => {
    const r = validate(s, { name: 'abc', kind: 'a', tags: ['x'] });
    expect(r).toEqual({ ok: true, value: { name: 'abc', kind: 'a', tags: ['x'] } });
    expect('note' in (r.ok ? r.value : {})).toBe(false);
  });

  it('refuses wrong types, lengths and values', () => {
    for (const bad of [
      null,
      [],
      'x',
      { name: '', kind: 'a', tags: [] },
      { name: 'toolong', kind: 'a', tags: [] },
      { name: 'ab', kind: 'c', tags: [] },
      { name: 'ab', kind: 'a', tags: [1] },
      { name: 'ab', kind: 'a', tags: [], note: 3 },
      { name: 'ab', kind: 'a' },
    ]) {
      expect(validate(s, bad).ok, JSON.stringify(bad)).toBe(false);
    }
    expect(validate(record(string()), { a: 'x', b: 2 }).ok).toBe(false);
    expect(validate(record(string()), ['x']).ok).toBe(false);
  });

  it('validates zod schemas through the same interface', () => {
    const zs = z.object({ n: z.number() });
    expect(validate(zs, { n: 1, extra: true })).toEqual({ ok: true, value: { n: 1 } });
    expect(validate(zs, { n: 'one' }).ok).toBe(false);
    expect(keepValidEntries({ a: { n: 1 }, b: {} }, zs)).toEqual({ a: { n: 1 } });
  });
});
