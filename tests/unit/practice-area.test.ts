import { describe, expect, it } from 'vitest';
import { decodeArea, encodeArea } from '../../src/lib/practice/area';
import { answerQuiz, progressArea, setLessonDone } from '../../src/lib/practice/progress';

const at = '2026-11-22T10:00:00.000Z';

describe('progress area', () => {
  it('round-trips through its versioned envelope', () => {
    const p = answerQuiz(setLessonDone(progressArea.empty(), 'mirroring', true, at), 'mirroring', 'q1', {
      choice: 2,
      correct: true,
      at,
    });
    const raw = encodeArea(progressArea, p);
    expect(JSON.parse(raw).v).toBe(1);
    expect(decodeArea(progressArea, raw)).toEqual({ value: p });
  });

  it('treats a missing value as empty without a problem', () => {
    expect(decodeArea(progressArea, null)).toEqual({ value: { lessons: {} } });
  });

  it('reports corrupt JSON and starts empty', () => {
    const d = decodeArea(progressArea, '{"v":1,"data":');
    expect(d.value).toEqual({ lessons: {} });
    expect(d.problem?.kind).toBe('corrupt');
  });

  it('keeps the valid lessons of a partly damaged value', () => {
    const raw = JSON.stringify({ v: 1, data: { lessons: { good: { done: at }, bad: { done: 42 } } } });
    const d = decodeArea(progressArea, raw);
    expect(d.value).toEqual({ lessons: { good: { done: at } } });
    expect(d.problem?.kind).toBe('partial');
  });

  it('refuses data from a newer version without touching it', () => {
    const d = decodeArea(progressArea, JSON.stringify({ v: 99, data: {} }));
    expect(d.problem?.kind).toBe('newer');
  });

  it('marks and unmarks a lesson', () => {
    const p = setLessonDone(setLessonDone(progressArea.empty(), 'x', true, at), 'x', false, at);
    expect(p.lessons.x).toEqual({});
  });
});
