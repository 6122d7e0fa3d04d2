/**
 * The course tree: modules in order, each with its lessons in order, and the reading sequence
 * across modules. Pure data in, pure data out, so pages and tests share one definition.
 */

export interface ModuleInfo {
  id: string;
  title: string;
  description: string;
  order: number;
}

export interface LessonInfo {
  id: string;
  title: string;
  description: string;
  module: string;
  order: number;
  minutes: number;
}

export interface CourseModule<L extends LessonInfo = LessonInfo> extends ModuleInfo {
  lessons: L[];
  minutes: number;
}

export interface Course<L extends LessonInfo = LessonInfo> {
  modules: CourseModule<L>[];
  /** Every lesson in reading order (module order, then lesson order). */
  sequence: L[];
  minutes: number;
}

/**
 * Builds the course and checks it is whole: every lesson names a known module, module orders run
 * 1..n, and lesson orders inside a module run 1..k. Throws an Error naming the problem otherwise,
 * so a broken course fails the build instead of rendering a confusing page.
 */
export function buildCourse<L extends LessonInfo>(modules: ModuleInfo[], lessons: L[]): Course<L> {
  const sortedModules = [...modules].sort((a, b) => a.order - b.order);
  sortedModules.forEach((m, i) => {
    if (m.order !== i + 1) throw new Error(`Module orders must run 1..${modules.length}; "${m.id}" has ${m.order}.`);
  });
  const known = new Set(sortedModules.map((m) => m.id));
  for (const l of lessons) {
    if (!known.has(l.module)) throw new Error(`Lesson "${l.id}" names unknown module "${l.module}".`);
  }
  const courseModules = sortedModules.map((m) => {
    const own = lessons.filter((l) => l.module === m.id).sort((a, b) => a.order - b.order);
    own.forEach((l, i) => {
      if (l.order !== i + 1) {
        throw new Error(`Lessons in "${m.id}" must be ordered 1..${own.length}; "${l.id}" has ${l.order}.`);
      }
    });
    return { ...m, lessons: own, minutes: own.reduce((s, l) => s + l.minutes, 0) };
  });
  const sequence = courseModules.flatMap((m) => m.lessons);
  return { modules: courseModules, sequence, minutes: sequence.reduce((s, l) => s + l.minutes, 0) };
}

/** The lessons before and after `id` in reading order (undefined at either end). */
export function neighbours<L extends LessonInfo>(course: Course<L>, id: string): { prev?: L; next?: L } {
  const i = course.sequence.findIndex((l) => l.id === id);
  if (i < 0) return {};
  return { prev: course.sequence[i - 1], next: course.sequence[i + 1] };
}

/** Words in a Markdown/MDX body, ignoring frontmatter-free markup characters. */
export function countWords(body: string): number {
  const text = body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#>*_`[\]|-]/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
