/**
 * Build-time checks of the course as written: every lesson parses against its schema, has the
 * required parts, links only to pages and glossary entries that exist, and the modules are whole.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { glossarySchema, lessonSchema, moduleSchema, type LessonData } from '../../src/content/schemas';
import { buildCourse, countWords } from '../../src/lib/course';
import { PRACTICE_PAGES } from '../../src/lib/practice-pages';

const root = join(import.meta.dirname, '../../src/content');

interface Lesson {
  id: string;
  folder: string;
  data: LessonData;
  body: string;
}

function readLessons(): Lesson[] {
  const out: Lesson[] = [];
  const base = join(root, 'lessons');
  for (const folder of readdirSync(base)) {
    for (const file of readdirSync(join(base, folder)).filter((f) => f.endsWith('.mdx'))) {
      const text = readFileSync(join(base, folder, file), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`${folder}/${file} has no frontmatter`);
      out.push({ id: file.replace(/\.mdx$/, ''), folder, data: lessonSchema.parse(parse(m[1]!)), body: m[2]! });
    }
  }
  return out;
}

const lessons = readLessons();
const modules = (JSON.parse(readFileSync(join(root, 'modules.json'), 'utf8')) as unknown[]).map((m) =>
  moduleSchema.parse(m),
);
const glossary = (JSON.parse(readFileSync(join(root, 'glossary.json'), 'utf8')) as unknown[]).map((g) =>
  glossarySchema.parse(g),
);
const glossaryIds = new Set(glossary.map((g) => g.id));
const lessonIds = new Set(lessons.map((l) => l.id));
const practiceHrefs = new Set<string>(Object.values(PRACTICE_PAGES).map((p) => p.href));
/** Pages outside the lesson collection that lessons may link to. */
const sitePages = new Set([
  '/',
  '/lessons/',
  '/practice/',
  '/my-practice/',
  '/glossary/',
  '/safety/',
  '/about/',
  '/search/',
  '/privacy/',
]);

describe('the course', () => {
  it('has at least 22 published lessons and 15,000 words, in modules ordered without gaps', () => {
    const course = buildCourse(
      modules,
      lessons.map((l) => ({ id: l.id, ...l.data })),
    );
    expect(course.sequence.length).toBeGreaterThanOrEqual(22);
    expect(lessons.reduce((s, l) => s + countWords(l.body), 0)).toBeGreaterThanOrEqual(15_000);
    for (const m of course.modules) expect(m.lessons.length, `module ${m.id}`).toBeGreaterThan(0);
  });

  it('has unique lesson ids across modules', () => {
    expect(lessonIds.size).toBe(lessons.length);
  });

  it('covers the topics the course promises', () => {
    const text = lessons.map((l) => l.body.toLowerCase()).join('\n');
    for (const topic of [
      'harville hendrix',
      'helen lakelly hunt',
      'caregivers',
      'is now a good time',
      'did i get that',
      'is there more',
      'makes sense',
      'i imagine',
      'coercive',
      'emergency',
      'trigger',
      'appreciat',
    ]) {
      expect(text, topic).toContain(topic);
    }
  });
});

describe.each(lessons.map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
  it('sits in the folder of its module and is not a draft', () => {
    expect(lesson.folder).toBe(lesson.data.module);
    expect(lesson.data.draft).toBe(false);
  });

  it('has 500-1,200 words, at most a little over, and ends with Key points', () => {
    const words = countWords(lesson.body);
    expect(words).toBeGreaterThanOrEqual(500);
    expect(words).toBeLessThanOrEqual(1300);
    const headings = [...lesson.body.matchAll(/^##\s+(.+)$/gm)].map((m) => m[1]!.trim());
    expect(headings.at(-1)).toBe('Key points');
    expect(lesson.body).not.toMatch(/^#\s/m);
  });

  it('has a quiz unless it is an overview page, and a Try it link where it teaches a skill', () => {
    if (!['faq', 'imago-therapy'].includes(lesson.id)) expect(lesson.data.quiz.length).toBeGreaterThanOrEqual(2);
    for (const p of lesson.data.practice) expect(PRACTICE_PAGES[p]).toBeDefined();
  });

  it('links only to lessons, glossary terms and pages that exist', () => {
    for (const [, href] of lesson.body.matchAll(/\]\(([^)\s]+)\)/g)) {
      const url = href!;
      if (/^https?:/.test(url)) continue;
      const glossary = /^\/glossary\/#(.+)$/.exec(url);
      const other = /^\/lessons\/([^/]+)\/$/.exec(url);
      if (glossary) expect(glossaryIds, url).toContain(glossary[1]);
      else if (other) expect(lessonIds, url).toContain(other[1]);
      else expect(sitePages.has(url) || practiceHrefs.has(url), url).toBe(true);
    }
    for (const g of lesson.data.glossary) expect(glossaryIds, g).toContain(g);
  });
});

describe('the glossary', () => {
  it('links each term to existing lessons and terms', () => {
    for (const g of glossary) {
      for (const l of g.lessons) expect(lessonIds, `${g.id} → ${l}`).toContain(l);
      for (const s of g.see) expect(glossaryIds, `${g.id} → ${s}`).toContain(s);
    }
  });

  it('has an entry for every term the course promises', () => {
    for (const id of [
      'sender',
      'receiver',
      'mirroring',
      'validation',
      'empathy',
      'imago',
      'emotional-safety',
      'trigger',
      'appointment',
      'i-statement',
    ]) {
      expect(glossaryIds).toContain(id);
    }
  });
});
