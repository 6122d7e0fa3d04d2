import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { drillSchema, glossarySchema, lessonSchema, moduleSchema, pageSchema } from './content/schemas';

/** Lessons: `lessons/<module>/<id>.mdx`. The id is the file name alone, so URLs are `/lessons/<id>/`. */
const lessons = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: './src/content/lessons',
    generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx$/, ''),
  }),
  schema: lessonSchema,
});

const modules = defineCollection({ loader: file('src/content/modules.json'), schema: moduleSchema });
const glossary = defineCollection({ loader: file('src/content/glossary.json'), schema: glossarySchema });
const pages = defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/pages' }), schema: pageSchema });
const drills = defineCollection({
  loader: glob({ pattern: '*.json', base: './src/content/drills' }),
  schema: drillSchema,
});

export const collections = { lessons, modules, glossary, pages, drills };
