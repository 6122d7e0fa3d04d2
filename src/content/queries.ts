/** Content queries shared by pages: the whole course, built once per build. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCourse, type Course, type LessonInfo } from '../lib/course';

export type LessonEntry = CollectionEntry<'lessons'>;
export interface CourseLesson extends LessonInfo {
  entry: LessonEntry;
}

let cached: Promise<Course<CourseLesson>> | undefined;

/** Lessons that are published in this build: drafts only in development. */
export async function publishedLessons(): Promise<LessonEntry[]> {
  return getCollection('lessons', (l) => import.meta.env.DEV || !l.data.draft);
}

export function getCourse(): Promise<Course<CourseLesson>> {
  cached ??= (async () => {
    const [modules, lessons] = await Promise.all([getCollection('modules'), publishedLessons()]);
    return buildCourse(
      modules.map((m) => m.data),
      lessons.map((entry) => ({
        id: entry.id,
        title: entry.data.title,
        description: entry.data.description,
        module: entry.data.module,
        order: entry.data.order,
        minutes: entry.data.minutes,
        entry,
      })),
    );
  })();
  return cached;
}
