/** Lesson progress and quiz answers, persisted in this browser. */
import { computed } from 'nanostores';
import { answerQuiz, progressArea, setLessonDone, type QuizAnswer } from '../lib/practice/progress';
import { createAreaStore } from './persist';

export const $progress = createAreaStore(progressArea);

/** Ids of the lessons marked done. */
export const $doneLessons = computed(
  $progress,
  (p) => new Set(Object.keys(p.lessons).filter((id) => p.lessons[id]?.done)),
);

export function markLessonDone(id: string, done: boolean, now: Date = new Date()): void {
  $progress.set(setLessonDone($progress.get(), id, done, now.toISOString()));
}

export function recordQuizAnswer(
  lessonId: string,
  questionId: string,
  choice: number,
  correct: boolean,
  now: Date = new Date(),
): void {
  const answer: QuizAnswer = { choice, correct, at: now.toISOString() };
  $progress.set(answerQuiz($progress.get(), lessonId, questionId, answer));
}
