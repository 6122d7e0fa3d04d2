import { describe, expect, it } from 'vitest';
import { buildCourse, countWords, neighbours, type LessonInfo, type ModuleInfo } from '../../src/lib/course';

const modules: ModuleInfo[] = [
  { id: 'b', title: 'Second', description: 'second module', order: 2 },
  { id: 'a', title: 'First', description: 'first module', order: 1 },
];
const lesson = (id: string, module: string, order: number, minutes = 5): LessonInfo => ({
  id,
  module,
  order,
  minutes,
  title: id,
  description: id,
});

describe('buildCourse', () => {
  it('orders modules and lessons and sums minutes', () => {
    const c = buildCourse(modules, [lesson('b2', 'b', 2, 3), lesson('a1', 'a', 1, 4), lesson('b1', 'b', 1, 6)]);
    expect(c.modules.map((m) => m.id)).toEqual(['a', 'b']);
    expect(c.sequence.map((l) => l.id)).toEqual(['a1', 'b1', 'b2']);
    expect(c.modules[1]!.minutes).toBe(9);
    expect(c.minutes).toBe(13);
  });

  it('refuses an unknown module, a gap in lesson order, and a gap in module order', () => {
    expect(() => buildCourse(modules, [lesson('x', 'zzz', 1)])).toThrow(/unknown module "zzz"/);
    expect(() => buildCourse(modules, [lesson('a1', 'a', 1), lesson('a3', 'a', 3)])).toThrow(/ordered 1..2/);
    expect(() => buildCourse([{ ...modules[0]!, order: 3 }], [])).toThrow(/Module orders/);
  });

  it('finds neighbours across module boundaries', () => {
    const c = buildCourse(modules, [lesson('a1', 'a', 1), lesson('b1', 'b', 1), lesson('b2', 'b', 2)]);
    expect(neighbours(c, 'a1')).toEqual({ prev: undefined, next: c.sequence[1] });
    expect(neighbours(c, 'b1').prev?.id).toBe('a1');
    expect(neighbours(c, 'b2').next).toBeUndefined();
    expect(neighbours(c, 'nope')).toEqual({});
  });
});

describe('countWords', () => {
  it('counts prose words, not markup or link targets', () => {
    expect(countWords('## Key points\n- One [link](/glossary/#x) here.\n> **Ana:** "Hi."')).toBe(7);
  });
});
