import { useEffect, useId, useState } from 'preact/hooks';
import { parseLocal, type Session } from '../../../lib/dialogue/machine';
import { appointmentIcs, icsFileName } from '../../../lib/dialogue/ics';

/** `YYYY-MM-DDTHH:mm` in local time. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A later time, said the way people say it: “Sunday 15 March, 19:30”. */
export function sayWhen(at: string): string {
  const ms = parseLocal(at);
  if (ms === null) return at;
  return new Date(ms).toLocaleString(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
  });
}

interface PickerProps {
  onChoose: (at: string) => void;
  onCancel: () => void;
  error?: string | undefined;
  label?: string;
}

/** Choose a later time: an hour from now by default, rounded to the quarter hour. */
export function LaterPicker({ onChoose, onCancel, error, label = 'Save this time' }: PickerProps) {
  const id = useId();
  const [at, setAt] = useState(() => {
    const q = 15 * 60_000;
    return toLocalInput(Math.ceil((Date.now() + 60 * 60_000) / q) * q);
  });
  return (
    <form
      class="dlg-later"
      onSubmit={(e) => {
        e.preventDefault();
        onChoose(at);
      }}
    >
      <p class="dlg-field">
        <label for={`${id}-at`}>A time soon that works for you both</label>
        <input
          id={`${id}-at`}
          type="datetime-local"
          value={at}
          min={toLocalInput(Date.now())}
          required
          aria-describedby={error ? `${id}-err` : undefined}
          onInput={(e) => setAt(e.currentTarget.value)}
        />
      </p>
      {error && (
        <p id={`${id}-err`} class="dlg-error" role="alert">
          {error}
        </p>
      )}
      <div class="dlg-actions">
        <button type="submit" class="button">
          {label}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** A link that downloads the agreed time as a calendar event (.ics), made in the browser. */
export function CalendarLink({ session, at }: { session: Session; at: string }) {
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    const [a, b] = session.setup.names;
    const ics = appointmentIcs({
      uid: `${session.id}-${at}`,
      at,
      minutes: session.setup.minutes,
      title: `Dialogue: ${a} and ${b}`,
      description: session.setup.topic
        ? `Topic: ${session.setup.topic}. Open Imago Practice, Guided dialogue, and choose Start now.`
        : 'Open Imago Practice, Guided dialogue, and choose Start now.',
      stamp: new Date(),
    });
    if (!ics) return;
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [session.id, session.setup, at]);
  if (!href) return null;
  return (
    <a class="button secondary" href={href} download={icsFileName(at)}>
      Add it to your calendar (.ics)
    </a>
  );
}
