/**
 * Zod schemas for every content collection. They live apart from `content.config.ts` so unit
 * tests can import them without Astro's virtual modules.
 */
import { z } from 'astro/zod';

/** Lowercase words joined by single hyphens: the shape of every stable id on the site. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase words joined by hyphens, e.g. "setting-the-stage".');

/** The practice pages a lesson can point to ("Try it"): the five drills and the guided dialogue. */
export const PRACTICE_IDS = ['i-statements', 'mirroring', 'validation', 'empathy', 'requests', 'dialogue'] as const;
export const practiceId = z.enum(PRACTICE_IDS).describe('Id of a drill page or "dialogue".');

/** One option of a quiz question. */
export const quizOption = z.strictObject({
  text: z.string().min(1).describe('What the reader can choose.'),
  correct: z.boolean().describe('Exactly one option per question is correct.'),
  why: z.string().min(1).describe('Rationale shown after answering: kind, one or two sentences.'),
});

/** A multiple-choice question checking one idea of the lesson. */
export const quizQuestion = z
  .strictObject({
    id: slug.describe('Stable within the lesson: answers are saved under it.'),
    question: z.string().min(1).describe('The question, often a short scenario.'),
    options: z.array(quizOption).min(2).max(5).describe('Two to five options, exactly one correct.'),
  })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, {
    message: 'A question needs exactly one correct option.',
  });

/** Frontmatter of a lesson in `src/content/lessons/<module>/<id>.mdx`. */
export const lessonSchema = z.strictObject({
  title: z.string().min(3).max(80).describe('Heading and page title.'),
  description: z
    .string()
    .min(20)
    .max(170)
    .describe('One sentence: what the lesson gives the reader; also the meta description.'),
  module: slug.describe('Id of the module in `modules.json`; must match the folder the file is in.'),
  order: z.number().int().min(1).describe('Position inside the module, from 1.'),
  minutes: z.number().int().min(1).max(30).describe('Reading time in minutes.'),
  objectives: z
    .array(z.string().min(3))
    .min(1)
    .max(6)
    .describe('"You will be able to..." items shown before the lesson.'),
  practice: z.array(practiceId).default([]).describe('Practice pages the "Try it" box links to.'),
  glossary: z.array(slug).default([]).describe('Glossary term ids this lesson uses.'),
  keywords: z
    .array(z.string().min(2))
    .default([])
    .describe(
      'Words people might search for that the lesson really covers (synonyms, everyday words, common misspellings): indexed by Pagefind, never shown.',
    ),
  quiz: z
    .array(quizQuestion)
    .max(4)
    .default([])
    .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, { message: 'Quiz question ids must be unique.' })
    .describe('"Check your understanding": up to four questions.'),
  draft: z.boolean().default(false).describe('Drafts are built in development only.'),
});
export type LessonData = z.infer<typeof lessonSchema>;

/** A module of the course, in `src/content/modules.json`. */
export const moduleSchema = z.strictObject({
  id: slug,
  title: z.string().min(3).describe('Module heading.'),
  description: z.string().min(10).describe('One or two sentences for the course overview.'),
  order: z.number().int().min(1).describe('Position in the course, from 1, no gaps.'),
});
export type ModuleData = z.infer<typeof moduleSchema>;

/** A glossary entry, in `src/content/glossary.json`. */
export const glossarySchema = z.strictObject({
  id: slug.describe('Anchor on /glossary/: lessons link to /glossary/#<id>.'),
  term: z.string().min(2).describe('The term as shown.'),
  short: z.string().min(5).max(140).describe('One-line definition.'),
  definition: z.string().min(20).describe('Two to four plain sentences.'),
  aka: z.array(z.string()).default([]).describe('Other names people might search for.'),
  lessons: z.array(slug).default([]).describe('Lesson ids that teach or use the term.'),
  see: z.array(slug).default([]).describe('Related glossary ids.'),
});
export type GlossaryData = z.infer<typeof glossarySchema>;

/** A stand-alone content page (safety, about) in `src/content/pages/`. */
export const pageSchema = z.strictObject({
  title: z.string().min(3),
  description: z.string().min(20).max(170),
});

/** One exercise of a drill. */
export const drillPromptSchema = z.strictObject({
  id: slug.describe('Stable forever: attempts are saved under it.'),
  speaker: z.string().min(1).describe('Who says the message.'),
  listener: z.string().min(1).describe('Their partner, usually the learner.'),
  message: z
    .string()
    .min(10)
    .describe('What the speaker says: blame to rewrite, or words to mirror, validate or empathise with.'),
  context: z.string().default('').describe('Background, shown above the message.'),
  models: z.array(z.string().min(10)).min(2).describe('Model answers, revealed after an attempt.'),
  hints: z.array(z.string().min(5)).min(1).describe('Gentle hints, shown one at a time on request.'),
  tags: z.array(slug).min(1).max(4).describe('Topics: chores, money, in-laws, parenting, screens, work, intimacy...'),
});

/** A drill (one JSON file in `src/content/drills/`, named by its id). */
export const drillSchema = z
  .strictObject({
    title: z.string().min(3),
    summary: z.string().min(10).describe('One sentence for the practice overview.'),
    lesson: slug.describe('The lesson this drill practises.'),
    order: z.number().int().min(1),
    instructions: z.string().min(10),
    stems: z.array(z.string()).default([]).describe('Sentence stems offered to the learner.'),
    prompts: z.array(drillPromptSchema).min(1),
  })
  .refine((d) => new Set(d.prompts.map((p) => p.id)).size === d.prompts.length, {
    message: 'Prompt ids must be unique within a drill.',
  });
export type DrillData = z.infer<typeof drillSchema>;
