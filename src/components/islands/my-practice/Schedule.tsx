import { useId, useState } from 'preact/hooks';
import { dayKey } from '../../../lib/practice/dates';
import {
  buildIcs,
  describePlan,
  nextOccurrence,
  sortDays,
  WEEKDAY_NAMES,
  WEEKDAYS,
  type Plan,
  type Weekday,
} from '../../../lib/practice/schedule';
import { $schedule, clearPlan, savePlan } from '../../../stores/schedule';
import { useArea } from '../useArea';
import { useMounted } from '../useMounted';
import { download, formatWhen } from './format';

const DURATIONS = [15, 20, 30, 45, 60];
const REMINDERS: [number, string][] = [
  [0, 'No reminder'],
  [10, '10 minutes before'],
  [30, '30 minutes before'],
  [60, '1 hour before'],
  [24 * 60, 'The day before'],
];

/** Choose days and a time for a regular dialogue, and take it to your own calendar. */
export default function Schedule() {
  const mounted = useMounted();
  const schedule = useArea($schedule);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  if (!mounted) return <p class="meta">Loading your schedule…</p>;
  const plan = schedule.plan;

  if (!plan || editing) {
    return (
      <PlanForm
        plan={plan}
        onSaved={(p) => {
          setEditing(false);
          setStatus(`Saved: ${describePlan(p)}.`);
        }}
        onCancel={plan ? () => setEditing(false) : undefined}
      />
    );
  }
  return (
    <PlanView
      plan={plan}
      status={status}
      onEdit={() => {
        setStatus('');
        setEditing(true);
      }}
    />
  );
}

function PlanView({ plan, status, onEdit }: { plan: Plan; status: string; onEdit: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const upcoming: Date[] = [];
  let from = new Date();
  for (let i = 0; i < 3; i++) {
    const next = nextOccurrence(plan, from);
    if (!next) break;
    upcoming.push(next);
    from = new Date(next.getTime() + 60_000);
  }
  return (
    <div class="schedule-view">
      <p class="meta" role="status">
        {status}
      </p>
      <section class="card" aria-labelledby="plan-h">
        <h2 id="plan-h">Your dialogue time</h2>
        <p class="big-line">{describePlan(plan)}</p>
        <p>
          {plan.minutes} minutes
          {plan.remindBefore > 0
            ? `, with a reminder ${REMINDERS.find((r) => r[0] === plan.remindBefore)?.[1].toLowerCase() ?? `${plan.remindBefore} minutes before`}`
            : ''}
          .
        </p>
        <h3>Coming up</h3>
        <ul>
          {upcoming.map((d) => (
            <li key={d.toISOString()}>{formatWhen(d)}</li>
          ))}
        </ul>
        <div class="form-actions">
          <button type="button" class="button secondary" onClick={onEdit}>
            Change
          </button>
          {confirming ? (
            <span role="group" aria-label="Remove the schedule?" class="confirm">
              <button
                type="button"
                class="button danger"
                onClick={() => {
                  clearPlan();
                  setConfirming(false);
                }}
              >
                Yes, remove it
              </button>
              <button type="button" class="button secondary" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </span>
          ) : (
            <button type="button" class="button secondary" onClick={() => setConfirming(true)}>
              Remove
            </button>
          )}
        </div>
      </section>

      <section class="card" aria-labelledby="cal-h">
        <h2 id="cal-h">Reminders in your own calendar</h2>
        <p>
          Download a calendar file and open it: your phone or computer adds a repeating event, and your calendar app
          reminds you. This site never sends notifications and has no server to send them from.
        </p>
        <p>
          <button
            type="button"
            class="button"
            onClick={() =>
              download(
                'imago-dialogue.ics',
                'text/calendar;charset=utf-8',
                buildIcs(plan, new Date(), `${location.origin}/my-practice/`),
              )
            }
          >
            Download calendar file (.ics)
          </button>
        </p>
        <p class="meta">
          If you change the time later, download the file again: most calendars update the same event rather than adding
          a second one. To stop, delete the event in your calendar.
        </p>
      </section>
    </div>
  );
}

function PlanForm({ plan, onSaved, onCancel }: { plan?: Plan; onSaved: (p: Plan) => void; onCancel?: () => void }) {
  const id = useId();
  const [days, setDays] = useState<Weekday[]>(plan?.days ?? []);
  const [time, setTime] = useState(plan?.time ?? '19:30');
  const [minutes, setMinutes] = useState(plan?.minutes ?? 30);
  const [remindBefore, setRemindBefore] = useState(plan?.remindBefore ?? 30);
  const [startDate, setStartDate] = useState(plan?.startDate ?? dayKey(new Date()));
  const [error, setError] = useState('');

  const submit = (e: Event) => {
    e.preventDefault();
    if (days.length === 0) {
      setError('Choose at least one day.');
      document.getElementById(`${id}-day-MO`)?.focus();
      return;
    }
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) {
      setError('Choose a time, for example 19:30.');
      document.getElementById(`${id}-time`)?.focus();
      return;
    }
    onSaved(savePlan({ days: sortDays(days), time, minutes, remindBefore, startDate }));
  };

  return (
    <form class="card plan-form" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{plan ? 'Change your dialogue time' : 'Choose a regular time'}</h2>
      <p>
        Many couples pick one or two evenings a week. Pick a time when neither of you is rushed or tired, and keep it
        short to begin with.
      </p>
      <fieldset aria-describedby={error && days.length === 0 ? `${id}-err` : undefined}>
        <legend>Days</legend>
        <div class="check-grid days">
          {WEEKDAYS.map((d) => (
            <label key={d} class="check">
              <input
                id={`${id}-day-${d}`}
                type="checkbox"
                checked={days.includes(d)}
                onChange={(e) =>
                  setDays(e.currentTarget.checked ? sortDays([...days, d]) : days.filter((x) => x !== d))
                }
              />
              {WEEKDAY_NAMES[d]}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field-row">
        <div class="field">
          <label for={`${id}-time`}>Time</label>
          <input id={`${id}-time`} type="time" value={time} required onInput={(e) => setTime(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for={`${id}-minutes`}>How long</label>
          <select
            id={`${id}-minutes`}
            value={String(minutes)}
            onChange={(e) => setMinutes(Number(e.currentTarget.value))}
          >
            {DURATIONS.map((m) => (
              <option key={m} value={String(m)}>
                {m} minutes
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${id}-remind`}>Calendar reminder</label>
          <select
            id={`${id}-remind`}
            value={String(remindBefore)}
            onChange={(e) => setRemindBefore(Number(e.currentTarget.value))}
          >
            {REMINDERS.map(([m, label]) => (
              <option key={m} value={String(m)}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${id}-start`}>Starting</label>
          <input
            id={`${id}-start`}
            type="date"
            value={startDate}
            required
            onInput={(e) => e.currentTarget.value && setStartDate(e.currentTarget.value)}
          />
        </div>
      </div>
      <p id={`${id}-err`} class="form-error" role="alert">
        {error}
      </p>
      <div class="form-actions">
        <button type="submit" class="button">
          Save
        </button>
        {onCancel && (
          <button type="button" class="button secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
