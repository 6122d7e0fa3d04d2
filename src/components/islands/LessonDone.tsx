import { useArea } from './useArea';
import { $progress, markLessonDone } from '../../stores/progress';

interface Props {
  lessonId: string;
}

/** "Mark as done" for a lesson, saved in this browser. */
export default function LessonDone({ lessonId }: Props) {
  const progress = useArea($progress);
  const done = Boolean(progress.lessons[lessonId]?.done);
  return (
    <div class="lesson-done">
      <button
        type="button"
        class={done ? 'button secondary' : 'button'}
        aria-pressed={done}
        onClick={() => markLessonDone(lessonId, !done)}
      >
        {done ? '✓ Done' : 'Mark this lesson as done'}
      </button>
      <p class="meta" role="status">
        {done ? 'Nice work. This lesson counts towards your progress on My practice.' : ''}
      </p>
    </div>
  );
}
