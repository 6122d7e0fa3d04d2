/**
 * Lesson progress: which lessons are done and how each quiz question was answered.
 * Keyed by lesson id and question id, both stable public ids.
 */
import * as z from 'zod/mini';
import { isPlainObject, keepValidEntries, type AreaSpec } from './area';

const isoDate = z.string().check(z.minLength(10), z.maxLength(40));

export const quizAnswer = z.object({
  /** Index of the chosen option. */
  choice: z.number().check(z.int(), z.minimum(0), z.maximum(9)),
  correct: z.boolean(),
  at: isoDate,
});
export type QuizAnswer = z.infer<typeof quizAnswer>;

export const lessonProgress = z.object({
  /** When the reader marked the lesson done; absent while not done. */
  done: z.optional(isoDate),
  quiz: z.optional(z.record(z.string(), quizAnswer)),
});
export type LessonProgress = z.infer<typeof lessonProgress>;

export const progressSchema = z.object({
  lessons: z.record(z.string(), lessonProgress),
});
export type Progress = z.infer<typeof progressSchema>;

export const progressArea: AreaSpec<Progress> = {
  key: 'imago:progress',
  description: 'Which lessons you marked as done, and your answers to the lesson quizzes, with the date of each.',
  version: 1,
  schema: progressSchema,
  empty: () => ({ lessons: {} }),
  title: 'lesson progress',
  noun: ['lesson', 'lessons'],
  items: (p) => p.lessons,
  salvage: (data) => ({ lessons: keepValidEntries(isPlainObject(data) ? data.lessons : undefined, lessonProgress) }),
};

/** Returns progress with lesson `id` marked done (or not done) at `at`. */
export function setLessonDone(p: Progress, id: string, done: boolean, at: string): Progress {
  const current = p.lessons[id] ?? {};
  const next: LessonProgress = { ...current };
  if (done) next.done = at;
  else delete next.done;
  return { ...p, lessons: { ...p.lessons, [id]: next } };
}

/** Returns progress with the answer to question `qid` of lesson `id` recorded. */
export function answerQuiz(p: Progress, id: string, qid: string, answer: QuizAnswer): Progress {
  const current = p.lessons[id] ?? {};
  return { ...p, lessons: { ...p.lessons, [id]: { ...current, quiz: { ...current.quiz, [qid]: answer } } } };
}
