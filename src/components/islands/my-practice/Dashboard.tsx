import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { parseDay } from '../../../lib/practice/dates';
import { dueStatus, describePlan } from '../../../lib/practice/schedule';
import {
  continueItems,
  courseProgress,
  dialogueSummary,
  drillPractice,
  practiceDays,
  recentReflections,
  weeklyPractice,
  type CourseOutline,
  type DrillInfo,
} from '../../../lib/practice/stats';
import { $appreciations } from '../../../stores/appreciations';
import { $attempts } from '../../../stores/attempts';
import { $dialogues } from '../../../stores/dialogues';
import { $journal } from '../../../stores/journal';
import { $opened } from '../../../stores/lock';
import { readRaw } from '../../../stores/persist';
import { $progress } from '../../../stores/progress';
import { $schedule } from '../../../stores/schedule';
import { useArea } from '../useArea';
import { useMounted } from '../useMounted';
import { BarChartFigure } from './Charts';
import { count, formatDate, formatShort, formatWhen } from './format';
import { LockGate } from './LockGate';
import { LockIcon } from './LockIcon';

interface Props {
  course: CourseOutline;
  drills: DrillInfo[];
}

/** The My practice dashboard: progress, practice, rhythm, reflections and keeping data safe. */
export default function Dashboard({ course, drills }: Props) {
  const mounted = useMounted();
  const progress = useArea($progress);
  const attempts = useArea($attempts);
  const dialogues = useArea($dialogues);
  const journal = useArea($journal);
  const appreciations = useArea($appreciations);
  const schedule = useArea($schedule);
  const opened = useStore($opened);
  const [now] = useState(() => new Date());

  if (!mounted) return <p class="meta">Loading your practice…</p>;

  const cp = courseProgress(course, progress);
  const drillStats = drillPractice(drills, attempts);
  const practised = drillStats.filter((d) => d.attempts > 0);
  const dlg = dialogueSummary(dialogues);
  const weeks = weeklyPractice(practiceDays({ progress, attempts, dialogues, journal, appreciations }), now);
  const totalDays = weeks.reduce((s, w) => s + w.days, 0);
  const due = dueStatus(
    schedule,
    dialogues.sessions.map((s) => s.startedAt),
    now,
  );
  const inProgress = dialogueInProgress();
  const next = continueItems(cp, progress, drillStats, inProgress);
  const reflections = recentReflections(dialogues, opened);
  const hasData =
    Object.keys(progress.lessons).length > 0 ||
    Object.keys(attempts.drills).length > 0 ||
    dialogues.sessions.length > 0 ||
    journal.entries.length > 0 ||
    appreciations.items.length > 0 ||
    Boolean(schedule.plan);

  return (
    <div class="dashboard">
      {due.kind === 'due' && (
        <section class="callout due-note" aria-labelledby="due-h">
          <h2 id="due-h">A dialogue is due</h2>
          <p>Your planned time was {formatWhen(due.since)}. Whenever you are both ready, even a short one counts.</p>
          <p>
            <a class="button" href="/practice/dialogue/">
              Start a guided dialogue
            </a>
          </p>
        </section>
      )}

      <div class="dash-grid">
        <section class="card" aria-labelledby="continue-h">
          <h2 id="continue-h">Continue where you left off</h2>
          {next.length > 0 ? (
            <ul class="link-list">
              {next.map((item) => (
                <li key={item.href}>
                  <a href={item.href}>
                    {item.kind === 'lesson'
                      ? cp.done === 0
                        ? 'Start with the first lesson: '
                        : 'Next lesson: '
                      : item.kind === 'drill'
                        ? 'Practice: '
                        : ''}
                    {item.title}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p>You have finished every lesson. Keep the habit going with a guided dialogue.</p>
          )}
        </section>

        <section class="card" aria-labelledby="next-h">
          <h2 id="next-h">Your next dialogue</h2>
          {schedule.plan ? (
            <>
              <p>{describePlan(schedule.plan)}.</p>
              {due.kind === 'upcoming' && <p>Next: {formatWhen(due.at)}.</p>}
              {due.kind === 'due' && <p>One is due now.</p>}
              <p>
                <a href="/my-practice/schedule/">Change your schedule</a>
              </p>
            </>
          ) : (
            <>
              <p>A regular time makes the dialogue a habit rather than something saved for hard days.</p>
              <p>
                <a href="/my-practice/schedule/">Choose a regular time</a>
              </p>
            </>
          )}
        </section>
      </div>

      <section aria-labelledby="course-h">
        <h2 id="course-h">Course progress</h2>
        <div class="progress-row overall">
          <label for="course-all">All lessons</label>
          <progress id="course-all" max={cp.total} value={cp.done} />
          <span class="meta">
            {cp.done} of {cp.total} done
          </span>
        </div>
        <ul class="module-progress" role="list">
          {cp.modules.map((m) => (
            <li key={m.id} class="progress-row">
              <label for={`mod-${m.id}`}>{m.title}</label>
              <progress id={`mod-${m.id}`} max={m.total} value={m.done} />
              <span class="meta">
                {m.done} of {m.total}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <div class="dash-grid">
        <section class="card" aria-labelledby="drills-h">
          <h2 id="drills-h">Drills practised</h2>
          {practised.length > 0 ? (
            <ul class="plain-list">
              {practised.map((d) => (
                <li key={d.id}>
                  <a href={`/practice/${d.id}/`}>{d.title}</a>
                  <span class="meta">
                    {' '}
                    {d.tried} of {d.total} prompts tried, {count(d.attempts, ['attempt', 'attempts'])}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p>
              None yet. <a href="/practice/">Pick a drill</a> and try one prompt: it takes a few minutes.
            </p>
          )}
        </section>

        <section class="card" aria-labelledby="dialogues-h">
          <h2 id="dialogues-h">Dialogues held</h2>
          {dlg.count > 0 ? (
            <p>
              <span class="big-number">{dlg.count}</span> {dlg.count === 1 ? 'dialogue' : 'dialogues'},{' '}
              {count(dlg.minutes, ['minute', 'minutes'])} in all.
              {dlg.last && <> The last one was on {formatDate(dlg.last.startedAt)}.</>}
            </p>
          ) : (
            <p>
              None yet. <a href="/practice/dialogue/">The guided dialogue</a> walks you both through one, step by step.
            </p>
          )}
        </section>
      </div>

      <section aria-labelledby="days-h">
        <h2 id="days-h">Days practised</h2>
        <BarChartFigure
          caption={`Days with some practice, in each of the last 8 weeks: ${count(totalDays, ['day', 'days'])} in all.`}
          summary={`Days practised per week, oldest first: ${weeks.map((w) => w.days).join(', ')}.`}
          data={weeks.map((w) => ({ label: `Week of ${formatShort(parseDay(w.start))}`, value: w.days }))}
          max={7}
          ticks={[0, 7]}
          columns={['Week', 'Days practised']}
          short={(_d, i) => (i === weeks.length - 1 ? 'now' : formatShort(parseDay(weeks[i]!.start)))}
        />
        <p class="meta">
          A day counts when you finished a lesson, answered a question, tried a drill, held a dialogue, wrote in your
          journal or noted an appreciation.
        </p>
      </section>

      <section aria-labelledby="reflections-h">
        <h2 id="reflections-h">Recent reflections</h2>
        {reflections.some((r) => !r.reflection) && <LockGate what="your reflections" />}
        {reflections.length > 0 ? (
          <ul class="reflection-list" role="list">
            {reflections.map((r, i) => (
              <li key={`${r.dialogueId}-${i}`} class="card">
                <p class="meta">
                  {formatDate(r.date)}
                  {r.topic && <> · {r.topic}</>}
                  {r.partner && <> · {r.partner}</>}
                </p>
                {r.reflection ? (
                  <dl class="reflection">
                    {r.reflection.learned.trim() && (
                      <>
                        <dt>What I learned</dt>
                        <dd>{r.reflection.learned}</dd>
                      </>
                    )}
                    {r.reflection.pattern.trim() && (
                      <>
                        <dt>A pattern I noticed</dt>
                        <dd>{r.reflection.pattern}</dd>
                      </>
                    )}
                    {r.reflection.tryNext.trim() && (
                      <>
                        <dt>What I will try next</dt>
                        <dd>{r.reflection.tryNext}</dd>
                      </>
                    )}
                  </dl>
                ) : (
                  <p>
                    <LockIcon />
                    Locked with your passphrase.
                  </p>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p>Reflections you write at the end of a guided dialogue appear here.</p>
        )}
      </section>

      <KeepSafe hasData={hasData} />
    </div>
  );
}

type Persisted = 'checking' | 'kept' | 'not-kept' | 'unsupported';

/** Explains where the data lives and asks the browser to keep it. */
function KeepSafe({ hasData }: { hasData: boolean }) {
  const [state, setState] = useState<Persisted>('checking');

  const ask = async () => {
    try {
      setState((await navigator.storage.persist()) ? 'kept' : 'not-kept');
    } catch {
      setState('not-kept');
    }
  };

  useEffect(() => {
    const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    if (!storage?.persist || !storage.persisted) {
      setState('unsupported');
      return;
    }
    void storage.persisted().then((kept) => {
      if (kept) setState('kept');
      else if (hasData) void ask();
      else setState('not-kept');
    });
    // Asked once, when the page opens with data worth keeping.
  }, []);

  return (
    <section class="callout keep-safe" aria-labelledby="keep-h">
      <h2 id="keep-h">Your data stays in this browser</h2>
      <p>
        Nothing you do here is sent anywhere: there is no account and no server. That also means clearing this browser’s
        site data, or using a private window, erases everything unless you have exported a copy.
      </p>
      <p role="status">
        {state === 'kept' && 'This browser has agreed to keep your practice data, even when space runs low.'}
        {state === 'not-kept' &&
          'This browser may clear your practice data if the device runs low on space. Exporting a copy keeps it safe.'}
        {state === 'unsupported' && 'Export a copy now and then to keep your practice safe.'}
      </p>
      <p class="notice-actions">
        <a class="button" href="/my-practice/data/">
          Export or import your data
        </a>
        {state === 'not-kept' && (
          <button type="button" class="button secondary" onClick={() => void ask()}>
            Ask the browser to keep it
          </button>
        )}
      </p>
    </section>
  );
}

/** Whether a guided dialogue was left unfinished (its session key holds a session, not null). */
function dialogueInProgress(): boolean {
  try {
    const raw = readRaw('imago:dialogue-session');
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    return typeof parsed === 'object' && parsed !== null && (parsed as { data?: unknown }).data != null;
  } catch {
    return false;
  }
}
