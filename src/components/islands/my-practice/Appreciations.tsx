import { useId, useState } from 'preact/hooks';
import { MAX_APPRECIATION, sortAppreciations, type Appreciation } from '../../../lib/practice/appreciations';
import { dayKey, parseDay } from '../../../lib/practice/dates';
import { $appreciations, logAppreciation, removeAppreciation } from '../../../stores/appreciations';
import { useArea } from '../useArea';
import { useMounted } from '../useMounted';
import { count, formatDate } from './format';

type Filter = 'all' | Appreciation['direction'];

/** A simple log of appreciations given and received. */
export default function Appreciations() {
  const mounted = useMounted();
  const data = useArea($appreciations);
  const id = useId();
  const [direction, setDirection] = useState<Appreciation['direction']>('given');
  const [date, setDate] = useState(() => dayKey(new Date()));
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [filter, setFilter] = useState<Filter>('all');

  if (!mounted) return <p class="meta">Loading your appreciations…</p>;

  const items = sortAppreciations(data.items);
  const given = items.filter((i) => i.direction === 'given').length;
  const shown = filter === 'all' ? items : items.filter((i) => i.direction === filter);

  const submit = (e: Event) => {
    e.preventDefault();
    if (!text.trim()) {
      setError('Write the appreciation first, even a few words.');
      document.getElementById(`${id}-text`)?.focus();
      return;
    }
    logAppreciation({ direction, date, text: text.trim() });
    setText('');
    setError('');
    setStatus(direction === 'given' ? 'Saved: an appreciation you gave.' : 'Saved: an appreciation you received.');
  };

  return (
    <div class="appreciations">
      <form class="card" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`}>Note an appreciation</h2>
        <fieldset class="radio-row">
          <legend>This was one I…</legend>
          <label class="check">
            <input
              type="radio"
              name={`${id}-dir`}
              checked={direction === 'given'}
              onChange={() => setDirection('given')}
            />
            gave
          </label>
          <label class="check">
            <input
              type="radio"
              name={`${id}-dir`}
              checked={direction === 'received'}
              onChange={() => setDirection('received')}
            />
            received
          </label>
        </fieldset>
        <div class="field">
          <label for={`${id}-text`}>What was said</label>
          <p class="hint" id={`${id}-hint`}>
            Specific is warmer: “One thing I appreciate about you is how you made tea when I came home late.”
          </p>
          <textarea
            id={`${id}-text`}
            rows={3}
            maxLength={MAX_APPRECIATION}
            value={text}
            aria-describedby={`${id}-hint${error ? ` ${id}-err` : ''}`}
            aria-invalid={error ? true : undefined}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`${id}-date`}>Day</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            max={dayKey(new Date())}
            required
            onInput={(e) => e.currentTarget.value && setDate(e.currentTarget.value)}
          />
        </div>
        <p id={`${id}-err`} class="form-error" role="alert">
          {error}
        </p>
        <button type="submit" class="button">
          Save
        </button>
        <p class="meta" role="status">
          {status}
        </p>
      </form>

      <section aria-labelledby="log-h">
        <h2 id="log-h">Your log</h2>
        {items.length === 0 ? (
          <p>Nothing noted yet. Appreciations are small, and they add up.</p>
        ) : (
          <>
            <p>
              {count(given, ['appreciation', 'appreciations'])} given, {items.length - given} received.
            </p>
            <div class="field inline-field">
              <label for={`${id}-filter`}>Show</label>
              <select id={`${id}-filter`} value={filter} onChange={(e) => setFilter(e.currentTarget.value as Filter)}>
                <option value="all">All</option>
                <option value="given">Given</option>
                <option value="received">Received</option>
              </select>
            </div>
            <ul class="appreciation-list" role="list">
              {shown.map((a) => (
                <AppreciationItem key={a.id} item={a} />
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}

function AppreciationItem({ item }: { item: Appreciation }) {
  const [confirming, setConfirming] = useState(false);
  const when = formatDate(parseDay(item.date));
  return (
    <li class="card appreciation">
      <p class="meta">
        <span class={`badge ${item.direction}`}>{item.direction === 'given' ? 'Given' : 'Received'}</span> · {when}
      </p>
      <p class="appreciation-text">{item.text}</p>
      {confirming ? (
        <div role="group" aria-label="Delete this appreciation?" class="confirm">
          <p>Delete this appreciation?</p>
          <button type="button" class="button danger" onClick={() => removeAppreciation(item.id)}>
            Delete it
          </button>
          <button type="button" class="button secondary" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <button type="button" class="button secondary small" onClick={() => setConfirming(true)}>
          Delete<span class="visually-hidden"> the appreciation from {when}</span>
        </button>
      )}
    </li>
  );
}
