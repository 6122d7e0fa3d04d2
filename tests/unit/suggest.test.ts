import { describe, expect, it } from 'vitest';
import { distance, suggest, words } from '../../src/lib/suggest';

const PAGES = [
  { href: '/lessons/mirroring/', title: 'Mirroring' },
  { href: '/lessons/validation/', title: 'Validation' },
  { href: '/lessons/empathy/', title: 'Empathy' },
  { href: '/lessons/what-is-a-trigger/', title: 'What is a trigger?' },
  { href: '/modules/triggers/', title: 'Triggers' },
  { href: '/glossary/', title: 'Glossary' },
];

describe('words and distance', () => {
  it('splits a path into lowercase words, ignoring .html and escapes', () => {
    expect(words('/Lessons/Mirror%20Basics/index.html')).toEqual(['lessons', 'mirror', 'basics', 'index']);
    expect(words('/%E0%A4%A/')).toEqual(['e0', 'a4', 'a']);
  });

  it('counts edits', () => {
    expect(distance('mirroring', 'miroring')).toBe(1);
    expect(distance('mirroring', 'mirorring')).toBe(2);
    expect(distance('', 'abc')).toBe(3);
    expect(distance('empathy', 'empathy')).toBe(0);
  });
});

describe('suggest', () => {
  it('finds the page behind a typo', () => {
    expect(suggest('/lessons/mirorring/', PAGES)[0]?.href).toBe('/lessons/mirroring/');
    expect(suggest('/lessons/validaton', PAGES)[0]?.href).toBe('/lessons/validation/');
  });

  it('finds a page sharing a word with an old address', () => {
    expect(suggest('/lessons/trigger/', PAGES).map((p) => p.href)).toContain('/lessons/what-is-a-trigger/');
  });

  it('suggests nothing for an address unlike any page', () => {
    expect(suggest('/wp-admin/setup-config.php', PAGES)).toEqual([]);
    expect(suggest('/', PAGES)).toEqual([]);
  });

  it('returns at most the number asked for', () => {
    expect(suggest('/lessons/trigger/', PAGES, 1)).toHaveLength(1);
  });
});
