import { describe, expect, it } from 'vitest';
import { drillSchema, glossarySchema, lessonSchema } from '../../src/content/schemas';

const lesson = {
  title: 'Mirroring',
  description: 'How to repeat back what your partner said, closely and without adding your own view.',
  module: 'the-dialogue',
  order: 2,
  minutes: 6,
  objectives: ['Mirror without adding.'],
  practice: ['mirroring'],
  glossary: ['mirroring'],
  quiz: [
    {
      id: 'closest',
      question: 'Which is closest?',
      options: [
        { text: 'A', correct: true, why: 'Because.' },
        { text: 'B', correct: false, why: 'Because not.' },
      ],
    },
  ],
};

describe('lessonSchema', () => {
  it('accepts a complete lesson and fills defaults', () => {
    const r = lessonSchema.parse({ ...lesson, quiz: undefined, practice: undefined });
    expect(r.draft).toBe(false);
    expect(r.quiz).toEqual([]);
    expect(r.practice).toEqual([]);
    expect(r.keywords).toEqual([]);
  });

  it.each([
    ['an unknown practice page', { practice: ['juggling'] }],
    ['a module id with spaces', { module: 'The Dialogue' }],
    ['order zero', { order: 0 }],
    ['no objectives', { objectives: [] }],
    ['an unknown field', { author: 'someone' }],
    ['a description that is too long', { description: 'x'.repeat(200) }],
    [
      'a question with two correct options',
      {
        quiz: [
          {
            id: 'q',
            question: 'Q?',
            options: [
              { text: 'A', correct: true, why: 'x' },
              { text: 'B', correct: true, why: 'y' },
            ],
          },
        ],
      },
    ],
    ['duplicate question ids', { quiz: [lesson.quiz[0], lesson.quiz[0]] }],
  ])('refuses %s', (_name, patch) => {
    expect(lessonSchema.safeParse({ ...lesson, ...patch }).success).toBe(false);
  });
});

describe('glossarySchema', () => {
  it('accepts an entry and refuses a bad id', () => {
    const entry = {
      id: 'mirroring',
      term: 'Mirroring',
      short: 'Saying back what you heard.',
      definition: 'The receiver repeats the sender.',
    };
    expect(glossarySchema.parse(entry).aka).toEqual([]);
    expect(glossarySchema.safeParse({ ...entry, id: 'Mirroring!' }).success).toBe(false);
  });
});

describe('drillSchema', () => {
  const prompt = {
    id: 'dishes',
    speaker: 'Noa',
    listener: 'Tomasz',
    message: 'You never do the dishes.',
    models: ['I feel tired when the dishes wait, and I would like help.', 'I feel worn out when the sink is full.'],
    hints: ['Start with I feel.'],
    tags: ['chores'],
  };
  const drill = {
    title: 'Rewrite',
    summary: 'Rewrite blame.',
    lesson: 'i-statements',
    order: 1,
    instructions: 'Rewrite it kindly.',
    prompts: [prompt],
  };
  it('accepts a drill and refuses duplicate prompt ids or a single model answer', () => {
    expect(drillSchema.parse(drill).prompts[0]!.context).toBe('');
    expect(drillSchema.safeParse({ ...drill, prompts: [prompt, prompt] }).success).toBe(false);
    expect(
      drillSchema.safeParse({ ...drill, prompts: [{ ...prompt, models: ['only one answer here'] }] }).success,
    ).toBe(false);
  });
});
