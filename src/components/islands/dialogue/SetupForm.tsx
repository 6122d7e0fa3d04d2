import { useId, useState } from 'preact/hooks';
import type { Ref } from 'preact';
import type { Setup } from '../../../lib/dialogue/machine';
import { MAX_NAME, MAX_TOPIC } from '../../../lib/practice/dialogue-session';

interface Props {
  /** Names from the last dialogue on this device, to save typing. */
  initial?: Partial<Setup>;
  onStart: (setup: Setup) => void;
  error?: string | undefined;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** Who, what, how long, spoken or typed. Empty names become “Partner A” and “Partner B”. */
export default function SetupForm({ initial, onStart, error, headingRef }: Props) {
  const id = useId();
  const [a, setA] = useState(initial?.names?.[0] ?? '');
  const [b, setB] = useState(initial?.names?.[1] ?? '');
  const [first, setFirst] = useState<0 | 1>(initial?.firstSender ?? 0);
  const [topic, setTopic] = useState(initial?.topic ?? '');
  const [minutes, setMinutes] = useState<15 | 20 | 30>(initial?.minutes ?? 20);
  const [mode, setMode] = useState<'spoken' | 'typed'>(initial?.mode ?? 'spoken');
  const nameA = a.trim() || 'Partner A';
  const nameB = b.trim() || 'Partner B';

  return (
    <form
      class="dlg-setup card"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        onStart({ names: [nameA, nameB], firstSender: first, topic, minutes, mode });
      }}
    >
      <h2 id={`${id}-h`} tabIndex={-1} ref={headingRef}>
        Set up your dialogue
      </h2>
      <div class="dlg-names">
        <p class="dlg-field">
          <label for={`${id}-a`}>First partner’s name</label>
          <input
            id={`${id}-a`}
            value={a}
            maxLength={MAX_NAME}
            autocomplete="off"
            placeholder="Partner A"
            onInput={(e) => setA(e.currentTarget.value)}
          />
        </p>
        <p class="dlg-field">
          <label for={`${id}-b`}>Second partner’s name</label>
          <input
            id={`${id}-b`}
            value={b}
            maxLength={MAX_NAME}
            autocomplete="off"
            placeholder="Partner B"
            onInput={(e) => setB(e.currentTarget.value)}
          />
        </p>
      </div>
      <p class="meta">Names stay on this device. Leave them empty to use “Partner A” and “Partner B”.</p>

      <fieldset class="dlg-choices">
        <legend>Who sends first?</legend>
        <p class="meta">The sender talks about one topic; the other partner listens and mirrors.</p>
        {[nameA, nameB].map((n, i) => (
          <label key={i} class="dlg-choice">
            <input type="radio" name={`${id}-first`} checked={first === i} onChange={() => setFirst(i as 0 | 1)} />
            <span>{n}</span>
          </label>
        ))}
      </fieldset>

      <p class="dlg-field">
        <label for={`${id}-topic`}>Topic (optional)</label>
        <input
          id={`${id}-topic`}
          value={topic}
          maxLength={MAX_TOPIC}
          autocomplete="off"
          aria-describedby={`${id}-topic-hint`}
          onInput={(e) => setTopic(e.currentTarget.value)}
        />
        <span id={`${id}-topic-hint`} class="meta">
          One topic per dialogue. Start with something small.
        </span>
      </p>

      <fieldset class="dlg-choices">
        <legend>How long?</legend>
        {([15, 20, 30] as const).map((m) => (
          <label key={m} class="dlg-choice">
            <input type="radio" name={`${id}-min`} checked={minutes === m} onChange={() => setMinutes(m)} />
            <span>{m} minutes</span>
          </label>
        ))}
        <p class="meta">The time is a guide, not a deadline. You will see a gentle note near the end.</p>
      </fieldset>

      <fieldset class="dlg-choices">
        <legend>Spoken or typed?</legend>
        <label class="dlg-choice">
          <input type="radio" name={`${id}-mode`} checked={mode === 'spoken'} onChange={() => setMode('spoken')} />
          <span>
            <strong>Spoken.</strong> You talk; the screen shows the step, the sentence stems and whose turn it is.
            Nothing you say is recorded.
          </span>
        </label>
        <label class="dlg-choice">
          <input type="radio" name={`${id}-mode`} checked={mode === 'typed'} onChange={() => setMode('typed')} />
          <span>
            <strong>Typed.</strong> You take turns writing. Your words are kept on this device with the dialogue, and
            you get gentle tips as you write.
          </span>
        </label>
      </fieldset>

      {error && (
        <p class="dlg-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="button dlg-big">
        Start the dialogue
      </button>
    </form>
  );
}
