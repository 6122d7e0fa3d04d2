import { describe, expect, it } from 'vitest';
import { barChart, lineChart } from '../../src/lib/charts';
import { dayKey } from '../../src/lib/practice/dates';
import type { DialogueRecord } from '../../src/lib/practice/dialogues';
import { journalPatterns, topCounts } from '../../src/lib/practice/patterns';
import {
  continueItems,
  courseProgress,
  dialogueSummary,
  drillPractice,
  practiceDays,
  recentReflections,
  weeklyPractice,
  type CourseOutline,
} from '../../src/lib/practice/stats';

const course: CourseOutline = {
  modules: [
    {
      id: 'm1',
      title: 'One',
      lessons: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ],
    },
    {
      id: 'm2',
      title: 'Two',
      lessons: [
        { id: 'c', title: 'C' },
        { id: 'd', title: 'D' },
        { id: 'e', title: 'E' },
      ],
    },
  ],
};

const iso = (d: Date) => d.toISOString();
const local = (m: number, d: number, h = 12) => new Date(2026, m - 1, d, h);

describe('course progress', () => {
  it('counts lessons done overall and per module', () => {
    const p = courseProgress(course, {
      lessons: { a: { done: iso(local(1, 1)) }, c: { done: iso(local(1, 2)) }, d: {} },
    });
    expect(p.done).toBe(2);
    expect(p.total).toBe(5);
    expect(p.modules.map((m) => [m.id, m.done, m.total])).toEqual([
      ['m1', 1, 2],
      ['m2', 1, 3],
    ]);
  });

  it('continues after the last lesson finished, or at the first one not done', () => {
    expect(
      courseProgress(course, { lessons: { a: { done: iso(local(1, 2)) }, c: { done: iso(local(1, 1)) } } }).next?.id,
    ).toBe('b');
    expect(
      courseProgress(course, { lessons: { a: { done: iso(local(1, 1)) }, c: { done: iso(local(1, 2)) } } }).next?.id,
    ).toBe('d');
    expect(courseProgress(course, { lessons: { e: { done: iso(local(1, 1)) } } }).next?.id).toBe('a');
    const all = Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((id) => [id, { done: iso(local(1, 1)) }]));
    expect(courseProgress(course, { lessons: all }).next).toBeUndefined();
  });
});

describe('drills and dialogues', () => {
  const attempts = {
    drills: {
      mirroring: {
        current: 'p2',
        prompts: {
          p1: { attempts: [{ text: 'x', verdict: 'almost' as const, at: '2026-01-03T10:00:00.000Z' }] },
          p2: {
            attempts: [
              { text: 'y', verdict: 'strong' as const, at: '2026-01-05T10:00:00.000Z' },
              { text: 'z', verdict: 'strong' as const, at: '2026-01-04T10:00:00.000Z' },
            ],
          },
        },
      },
    },
  };
  const drills = [
    { id: 'mirroring', title: 'Mirroring', prompts: 6 },
    { id: 'empathy', title: 'Empathy', prompts: 5 },
  ];

  it('counts prompts tried and attempts per drill', () => {
    expect(drillPractice(drills, attempts)).toEqual([
      { id: 'mirroring', title: 'Mirroring', tried: 2, total: 6, attempts: 3, lastAt: '2026-01-05T10:00:00.000Z' },
      { id: 'empathy', title: 'Empathy', tried: 0, total: 5, attempts: 0, lastAt: undefined },
    ]);
  });

  it('orders "continue" by what was touched last, an unfinished dialogue first', () => {
    const progress = { lessons: { a: { done: '2026-01-06T10:00:00.000Z' } } };
    const cp = courseProgress(course, progress);
    const items = continueItems(cp, progress, drillPractice(drills, attempts), true);
    expect(items.map((i) => i.href)).toEqual(['/practice/dialogue/', '/lessons/b/', '/practice/mirroring/']);
    const older = { lessons: { a: { done: '2026-01-01T10:00:00.000Z' } } };
    expect(continueItems(courseProgress(course, older), older, drillPractice(drills, attempts), false)[0]?.href).toBe(
      '/practice/mirroring/',
    );
  });

  const session = (
    id: string,
    startedAt: string,
    minutes: number,
    extra: Partial<DialogueRecord> = {},
  ): DialogueRecord => ({
    id,
    startedAt,
    endedAt: startedAt,
    topic: `Topic ${id}`,
    partners: ['Sam', 'Alex'],
    mode: 'spoken',
    minutes,
    turns: [],
    reflections: [],
    ...extra,
  });

  it('sums dialogues and finds the latest', () => {
    const s = dialogueSummary({
      sessions: [session('x', '2026-01-01T10:00:00Z', 20), session('y', '2026-01-09T10:00:00Z', 25)],
    });
    expect(s).toMatchObject({ count: 2, minutes: 45 });
    expect(s.last?.id).toBe('y');
  });

  it('lists recent reflections, and says when they are locked', () => {
    const d = {
      sessions: [
        session('old', '2026-01-01T10:00:00Z', 20, {
          reflections: [{ partner: 1, learned: 'Slow down', pattern: '', tryNext: '' }],
        }),
        session('new', '2026-01-09T10:00:00Z', 20, { sealedReflections: 's1.aaaaaaaaaaaaaaaaaaaaaaaa.bbbb.cccc' }),
        session('empty', '2026-01-05T10:00:00Z', 20, {
          reflections: [{ partner: 0, learned: ' ', pattern: '', tryNext: '' }],
        }),
      ],
    };
    const r = recentReflections(d, new Map());
    expect(r.map((x) => [x.dialogueId, x.reflection?.learned, x.partner])).toEqual([
      ['new', undefined, ''],
      ['old', 'Slow down', 'Alex'],
    ]);
  });
});

describe('days practised', () => {
  it('collects local days from every area', () => {
    const days = practiceDays({
      progress: {
        lessons: { a: { done: iso(local(3, 2, 9)), quiz: { q: { choice: 0, correct: true, at: iso(local(3, 3)) } } } },
      },
      attempts: {
        drills: { m: { prompts: { p: { attempts: [{ text: '', verdict: 'strong', at: iso(local(3, 3, 22)) }] } } } },
      },
      dialogues: { sessions: [] },
      journal: {
        entries: [
          {
            id: 'j',
            createdAt: iso(local(3, 5)),
            updatedAt: iso(local(3, 5)),
            sealed: 's1.aaaaaaaaaaaaaaaaaaaaaa.b.c',
          },
        ],
      },
      appreciations: {
        items: [{ id: 'x', date: '2026-03-08', direction: 'given', text: '', createdAt: iso(local(3, 9)) }],
      },
    });
    expect([...days].sort()).toEqual(['2026-03-02', '2026-03-03', '2026-03-05', '2026-03-08']);
  });

  it('counts days per week for the last eight weeks, Monday to Sunday', () => {
    const now = local(3, 11); // Wednesday
    const days = new Set(['2026-03-09', '2026-03-11', '2026-03-08', '2026-01-19', '2026-01-18']);
    const weeks = weeklyPractice(days, now);
    expect(weeks).toHaveLength(8);
    expect(weeks[7]).toEqual({ start: '2026-03-09', days: 2 });
    expect(weeks[6]).toEqual({ start: '2026-03-02', days: 1 });
    expect(weeks[0]).toEqual({ start: '2026-01-19', days: 1 }); // the 18th is a week too early
    expect(weeks.every((w) => dayKey(new Date(`${w.start}T12:00`)) === w.start)).toBe(true);
  });
});

describe('journal patterns', () => {
  it('counts words case-insensitively, once per entry', () => {
    expect(topCounts([['Hurt', 'hurt', 'alone'], ['hurt'], ['Alone', 'scared'], ['alone']], 2)).toEqual([
      { word: 'alone', count: 3 },
      { word: 'Hurt', count: 2 },
    ]);
    // Ties in alphabetical order.
    expect(topCounts([['b', 'a']]).map((c) => c.word)).toEqual(['a', 'b']);
  });

  it('leaves locked entries out and orders intensity by date', () => {
    const c = (intensity: number, feelings: string[], tags: string[]) => ({
      situation: '',
      feelings,
      body: [],
      intensity,
      reminds: '',
      needed: '',
      request: '',
      tags,
    });
    const p = journalPatterns(
      {
        entries: [
          {
            id: 'b',
            createdAt: '2026-01-02T00:00:00Z',
            updatedAt: '2026-01-02T00:00:00Z',
            content: c(3, ['hurt'], ['money']),
          },
          {
            id: 'a',
            createdAt: '2026-01-01T00:00:00Z',
            updatedAt: '2026-01-01T00:00:00Z',
            content: c(8, ['hurt', 'angry'], ['money', 'chores']),
          },
          {
            id: 'l',
            createdAt: '2026-01-03T00:00:00Z',
            updatedAt: '2026-01-03T00:00:00Z',
            sealed: 's1.aaaaaaaaaaaaaaaaaaaaaa.b.c',
          },
        ],
      },
      new Map(),
    );
    expect(p.entries).toBe(2);
    expect(p.intensity.map((x) => x.value)).toEqual([8, 3]);
    expect(p.feelings[0]).toEqual({ word: 'hurt', count: 2 });
    expect(p.tags.map((t) => t.word)).toEqual(['money', 'chores']);
  });
});

describe('chart geometry', () => {
  it('scales bars from the baseline and clamps values', () => {
    const c = barChart(
      [
        { label: 'a', value: 0 },
        { label: 'b', value: 7 },
        { label: 'c', value: 12 },
      ],
      7,
      [0, 7],
      { width: 320, height: 140, bottom: 24, left: 20 },
    );
    expect(c.baseline).toBe(116);
    expect(c.bars[0]).toMatchObject({ height: 0, y: 116 });
    expect(c.bars[1]).toMatchObject({ height: 108, y: 8 });
    expect(c.bars[2]?.height).toBe(108);
    expect(c.bars[1]!.x).toBeGreaterThan(c.bars[0]!.x);
    expect(c.gridlines).toEqual([
      { value: 0, y: 116 },
      { value: 7, y: 8 },
    ]);
  });

  it('spaces points evenly and draws one path through them', () => {
    const c = lineChart(
      [
        { label: 'a', value: 0 },
        { label: 'b', value: 10 },
        { label: 'c', value: 5 },
      ],
      0,
      10,
      [0, 5, 10],
      { width: 224, height: 140, bottom: 24, left: 24 },
    );
    expect(c.points.map((p) => p.x)).toEqual([24, 120, 216]);
    expect(c.points.map((p) => p.y)).toEqual([116, 8, 62]);
    expect(c.path).toBe('M24 116 L120 8 L216 62');
    expect(lineChart([{ label: 'only', value: 4 }], 0, 10, []).points).toHaveLength(1);
  });
});
