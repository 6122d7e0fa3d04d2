import { useStore } from '@nanostores/preact';
import { useId, useState } from 'preact/hooks';
import { entryContent } from '../../../lib/practice/journal';
import {
  courseProgress,
  dialogueSummary,
  drillPractice,
  practiceDays,
  sortDialogues,
  weeklyPractice,
  type CourseOutline,
  type DrillInfo,
} from '../../../lib/practice/stats';
import { buildSummary, firstWords } from '../../../lib/practice/summary';
import { $appreciations } from '../../../stores/appreciations';
import { $attempts } from '../../../stores/attempts';
import { $dialogues } from '../../../stores/dialogues';
import { $journal } from '../../../stores/journal';
import { $opened } from '../../../stores/lock';
import { $progress } from '../../../stores/progress';
import { useArea } from '../useArea';
import { useMounted } from '../useMounted';
import { count, formatDate } from './format';
import { LockGate } from './LockGate';

interface Props {
  course: CourseOutline;
  drills: DrillInfo[];
}

/** Choose what to share, then print it (or save it as a PDF from the print dialog). */
export default function TherapistSummary({ course, drills }: Props) {
  const mounted = useMounted();
  const id = useId();
  const progress = useArea($progress);
  const attempts = useArea($attempts);
  const dialogues = useArea($dialogues);
  const journal = useArea($journal);
  const appreciations = useArea($appreciations);
  const opened = useStore($opened);
  const [name, setName] = useState('');
  const [includeProgress, setIncludeProgress] = useState(true);
  const [reflections, setReflections] = useState(true);
  const [chosenDialogues, setChosenDialogues] = useState<Set<string> | undefined>(undefined);
  const [chosenEntries, setChosenEntries] = useState<Set<string>>(new Set());
  const [now] = useState(() => new Date());

  if (!mounted) return <p class="meta">Loading your practice…</p>;

  const sessions = sortDialogues(dialogues.sessions);
  // Every dialogue is chosen until the person changes the selection; journal entries are opt-in.
  const dialogueSet = chosenDialogues ?? new Set(sessions.map((s) => s.id));
  const entries = [...journal.entries]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((e) => ({ e, c: entryContent(e, opened) }));
  const model = buildSummary(
    { dialogues: dialogueSet, reflections, entries: chosenEntries },
    dialogues,
    journal,
    opened,
  );
  const cp = courseProgress(course, progress);
  const dlg = dialogueSummary(dialogues);
  const practised = drillPractice(drills, attempts).filter((d) => d.attempts > 0);
  const days = weeklyPractice(practiceDays({ progress, attempts, dialogues, journal, appreciations }), now).reduce(
    (s, w) => s + w.days,
    0,
  );
  const toggle = (set: Set<string>, key: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(key);
    else next.delete(key);
    return next;
  };
  const nothing = !includeProgress && model.dialogues.length === 0 && model.entries.length === 0;

  return (
    <div class="summary">
      <div class="summary-controls no-print">
        <LockGate what="your journal entries and reflections" />
        <div class="field">
          <label for={`${id}-name`}>Your name or initials (optional)</label>
          <input
            id={`${id}-name`}
            type="text"
            maxLength={80}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </div>
        <fieldset>
          <legend>Progress</legend>
          <label class="check">
            <input
              type="checkbox"
              checked={includeProgress}
              onChange={(e) => setIncludeProgress(e.currentTarget.checked)}
            />
            Course progress and practice so far
          </label>
        </fieldset>
        <fieldset>
          <legend>Guided dialogues</legend>
          {sessions.length === 0 ? (
            <p class="meta">No dialogues yet.</p>
          ) : (
            <>
              <SelectAll
                onAll={() => setChosenDialogues(new Set(sessions.map((s) => s.id)))}
                onNone={() => setChosenDialogues(new Set())}
                what="dialogues"
              />
              {sessions.map((s) => (
                <label key={s.id} class="check">
                  <input
                    type="checkbox"
                    checked={dialogueSet.has(s.id)}
                    onChange={(e) => setChosenDialogues(toggle(dialogueSet, s.id, e.currentTarget.checked))}
                  />
                  {formatDate(s.startedAt)}
                  {s.topic ? `: ${s.topic}` : ''}
                </label>
              ))}
              <label class="check">
                <input
                  type="checkbox"
                  checked={reflections}
                  onChange={(e) => setReflections(e.currentTarget.checked)}
                />
                Include the reflections written after each dialogue
              </label>
            </>
          )}
        </fieldset>
        <fieldset>
          <legend>Journal entries</legend>
          {entries.length === 0 ? (
            <p class="meta">No journal entries yet.</p>
          ) : (
            <>
              <p class="meta">Only the entries you tick go in.</p>
              <SelectAll
                onAll={() => setChosenEntries(new Set(entries.filter((x) => x.c).map((x) => x.e.id)))}
                onNone={() => setChosenEntries(new Set())}
                what="journal entries"
              />
              {entries.map(({ e, c }) => (
                <label key={e.id} class={c ? 'check' : 'check disabled'}>
                  <input
                    type="checkbox"
                    disabled={!c}
                    checked={Boolean(c) && chosenEntries.has(e.id)}
                    onChange={(ev) => setChosenEntries(toggle(chosenEntries, e.id, ev.currentTarget.checked))}
                  />
                  {formatDate(e.createdAt)}
                  {c ? `: ${firstWords(c.situation || c.feelings.join(', ')) || 'entry'}` : ' (locked)'}
                </label>
              ))}
            </>
          )}
        </fieldset>
        <p>
          <button type="button" class="button" onClick={() => window.print()} disabled={nothing}>
            Print or save as PDF
          </button>
        </p>
        <p class="meta">Your browser’s print dialog can also save the summary as a PDF. Nothing is sent anywhere.</p>
        <h2 class="preview-label">Preview</h2>
      </div>

      <article class="summary-doc" aria-label="Summary to print">
        <header>
          <h2>Practice summary{name.trim() ? `: ${name.trim()}` : ''}</h2>
          <p class="meta">
            Prepared on {formatDate(now)}
            {model.from && model.to && (
              <>
                {' '}
                · covering {formatDate(model.from)}
                {model.from.slice(0, 10) !== model.to.slice(0, 10) && <> to {formatDate(model.to)}</>}
              </>
            )}
          </p>
          <p>
            Notes from practising the Imago Dialogue between sessions, chosen to share. Written at home with Imago
            Practice; not a clinical record.
          </p>
        </header>

        {nothing && <p class="no-print">Choose at least one thing above to include.</p>}

        {includeProgress && (
          <section>
            <h3>Progress</h3>
            <ul>
              <li>
                Lessons: {cp.done} of {cp.total} done
                {cp.modules.filter((m) => m.total > 0 && m.done === m.total).length > 0 &&
                  ` (finished: ${cp.modules
                    .filter((m) => m.total > 0 && m.done === m.total)
                    .map((m) => m.title)
                    .join(', ')})`}
                .
              </li>
              <li>
                Drills practised:{' '}
                {practised.length > 0
                  ? practised.map((d) => `${d.title} (${count(d.attempts, ['attempt', 'attempts'])})`).join(', ')
                  : 'none yet'}
                .
              </li>
              <li>
                Guided dialogues held: {dlg.count}
                {dlg.count > 0 && `, ${count(dlg.minutes, ['minute', 'minutes'])} in all`}.
              </li>
              <li>Days with some practice in the last 8 weeks: {days}.</li>
            </ul>
          </section>
        )}

        {model.dialogues.length > 0 && (
          <section>
            <h3>Guided dialogues</h3>
            {model.dialogues.map(({ record, reflections: rs }) => (
              <div key={record.id} class="doc-item">
                <h4>
                  {formatDate(record.startedAt)}
                  {record.topic ? `: ${record.topic}` : ''}
                </h4>
                <p class="meta">
                  {record.partners.filter(Boolean).join(' and ')} · {count(record.minutes, ['minute', 'minutes'])} ·{' '}
                  {record.mode === 'typed' ? 'typed' : 'spoken'}
                </p>
                {rs.map((r, i) => (
                  <dl key={i}>
                    <dt>Reflection by {record.partners[r.partner] || (r.partner === 0 ? 'partner A' : 'partner B')}</dt>
                    {r.learned.trim() && <dd>What I learned: {r.learned}</dd>}
                    {r.pattern.trim() && <dd>A pattern I noticed: {r.pattern}</dd>}
                    {r.tryNext.trim() && <dd>What I will try next: {r.tryNext}</dd>}
                  </dl>
                ))}
              </div>
            ))}
          </section>
        )}

        {model.entries.length > 0 && (
          <section>
            <h3>Trigger journal</h3>
            {model.entries.map(({ id: entryId, createdAt, content: c }) => (
              <div key={entryId} class="doc-item">
                <h4>
                  {formatDate(createdAt)} · intensity {c.intensity} of 10
                </h4>
                <dl>
                  {c.situation && (
                    <>
                      <dt>What happened</dt>
                      <dd>{c.situation}</dd>
                    </>
                  )}
                  {c.feelings.length > 0 && (
                    <>
                      <dt>Feelings</dt>
                      <dd>{c.feelings.join(', ')}</dd>
                    </>
                  )}
                  {c.body.length > 0 && (
                    <>
                      <dt>In the body</dt>
                      <dd>{c.body.join(', ')}</dd>
                    </>
                  )}
                  {c.reminds && (
                    <>
                      <dt>It reminds me of</dt>
                      <dd>{c.reminds}</dd>
                    </>
                  )}
                  {c.needed && (
                    <>
                      <dt>What I needed underneath</dt>
                      <dd>{c.needed}</dd>
                    </>
                  )}
                  {c.request && (
                    <>
                      <dt>A request I could make</dt>
                      <dd>{c.request}</dd>
                    </>
                  )}
                  {c.tags.length > 0 && (
                    <>
                      <dt>Tags</dt>
                      <dd>{c.tags.join(', ')}</dd>
                    </>
                  )}
                </dl>
              </div>
            ))}
          </section>
        )}
      </article>
    </div>
  );
}

function SelectAll({ onAll, onNone, what }: { onAll: () => void; onNone: () => void; what: string }) {
  return (
    <p class="select-all">
      <button type="button" class="button secondary small" onClick={onAll}>
        Select all<span class="visually-hidden"> {what}</span>
      </button>
      <button type="button" class="button secondary small" onClick={onNone}>
        Select none<span class="visually-hidden"> {what}</span>
      </button>
    </p>
  );
}
