import { useArea } from './useArea';
import { useState } from 'preact/hooks';
import { $progress, recordQuizAnswer } from '../../stores/progress';

export interface QuizQuestionProps {
  id: string;
  question: string;
  options: { text: string; why: string; correct: boolean }[];
}

interface Props {
  lessonId: string;
  questions: QuizQuestionProps[];
}

/** "Check your understanding": choose, then check; answers are saved as lesson progress. */
export default function Quiz({ lessonId, questions }: Props) {
  return (
    <ol class="quiz-list">
      {questions.map((q, i) => (
        <li key={q.id}>
          <Question lessonId={lessonId} q={q} label={`Question ${i + 1} of ${questions.length}`} />
        </li>
      ))}
    </ol>
  );
}

function Question({ lessonId, q, label }: { lessonId: string; q: QuizQuestionProps; label: string }) {
  const progress = useArea($progress);
  const saved = progress.lessons[lessonId]?.quiz?.[q.id];
  const [picked, setPicked] = useState<number | undefined>(undefined);
  const choice = picked ?? saved?.choice;
  const checked = saved !== undefined && (picked === undefined || picked === saved.choice);
  const name = `${lessonId}-${q.id}`;
  const correctIndex = q.options.findIndex((o) => o.correct);
  const chosen = saved ? q.options[saved.choice] : undefined;
  const right = q.options[correctIndex];

  return (
    <fieldset class="quiz-question">
      <legend>
        <span class="meta">{label}</span>
        {q.question}
      </legend>
      {q.options.map((o, i) => (
        <label key={i} class="quiz-option">
          <input type="radio" name={name} value={i} checked={choice === i} onChange={() => setPicked(i)} />
          <span>{o.text}</span>
        </label>
      ))}
      <button
        type="button"
        class="button secondary"
        disabled={choice === undefined || checked}
        onClick={() => {
          if (choice === undefined) return;
          recordQuizAnswer(lessonId, q.id, choice, choice === correctIndex);
          setPicked(undefined);
        }}
      >
        Check my answer
      </button>
      <div class="quiz-feedback" aria-live="polite">
        {checked && chosen && right && (
          <div class={saved.correct ? 'quiz-note good' : 'quiz-note'}>
            {saved.correct ? (
              <p>
                <strong>Yes, that fits.</strong> {chosen.why}
              </p>
            ) : (
              <>
                <p>
                  <strong>Not quite, and that is how learning goes.</strong> {chosen.why}
                </p>
                <p>
                  The answer that fits best: “{right.text}” {right.why}
                </p>
              </>
            )}
          </div>
        )}
      </div>
    </fieldset>
  );
}
