/** Course and drill outlines passed to the My practice islands as props (ids and titles only). */
import { getCollection } from 'astro:content';
import type { CourseOutline, DrillInfo } from '../lib/practice/stats';
import { getCourse } from './queries';

export async function courseOutline(): Promise<CourseOutline> {
  const course = await getCourse();
  return {
    modules: course.modules.map((m) => ({
      id: m.id,
      title: m.title,
      lessons: m.lessons.map((l) => ({ id: l.id, title: l.title })),
    })),
  };
}

export async function drillOutline(): Promise<DrillInfo[]> {
  return (await getCollection('drills'))
    .sort((a, b) => a.data.order - b.data.order)
    .map((d) => ({ id: d.id, title: d.data.title, prompts: d.data.prompts.length }));
}
