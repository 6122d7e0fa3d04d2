import { useStore } from '@nanostores/preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import {
  BODY_SIGNALS,
  blankContent,
  entryContent,
  MAX_BODY,
  MAX_FEELINGS,
  normaliseTags,
  normaliseWords,
  type JournalContent,
  type JournalEntry,
} from '../../../lib/practice/journal';
import { journalPatterns } from '../../../lib/practice/patterns';
import { $journal, deleteJournalEntry, saveJournalEntry } from '../../../stores/journal';
import { $lockState, $opened } from '../../../stores/lock';
import FeelingsPicker from '../FeelingsPicker';
import { useArea } from '../useArea';
import { useMounted } from '../useMounted';
import { LineChartFigure } from './Charts';
import { count, formatDate, formatShort } from './format';
import { LockGate } from './LockGate';
import { LockIcon } from './LockIcon';

type Editing = { id?: string; content: JournalContent } | undefined;

/** The trigger journal: write, list, filter by tag, edit, delete, and see patterns. */
export default function Journal() {
  const mounted = useMounted();
  const journal = useArea($journal);
  const opened = useStore($opened);
  const lock = useStore($lockState);
  const [editing, setEditing] = useState<Editing>(undefined);
  const [tag, setTag] = useState('');
  const [status, setStatus] = useState('');
  const newButton = useRef<HTMLButtonElement>(null);

  if (!mounted) return <p class="meta">Loading your journal…</p>;

  const entries = [...journal.entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const readable = entries.map((e) => ({ e, c: entryContent(e, opened) }));
  const lockedCount = readable.filter((x) => !x.c).length;
  const tags = [...new Set(readable.flatMap((x) => x.c?.tags ?? []))].sort();
  const shown = tag ? readable.filter((x) => x.c?.tags.includes(tag)) : readable;

  const save = (content: JournalContent) => {
    const id = saveJournalEntry(content, editing?.id);
    setEditing(undefined);
    setStatus(
      lock === 'locked'
        ? 'Saved and locked. Unlock to read it.'
        : editing?.id
          ? 'Your changes are saved.'
          : 'Your entry is saved.',
    );
    requestAnimationFrame(() => document.getElementById(`entry-${id}`)?.focus());
  };

  return (
    <div class="journal">
      <LockGate what="your journal entries" />

      <p class="visually-hidden" role="status">
        {status}
      </p>

      {editing ? (
        <EntryForm
          initial={editing.content}
          isNew={!editing.id}
          onSave={save}
          onCancel={() => {
            setEditing(undefined);
            requestAnimationFrame(() => newButton.current?.focus());
          }}
        />
      ) : (
        <p>
          <button
            ref={newButton}
            type="button"
            class="button"
            onClick={() => {
              setStatus('');
              setEditing({ content: blankContent() });
            }}
          >
            Write a new entry
          </button>
          {status && (
            <span class="saved-note" aria-hidden="true">
              {' '}
              {status}
            </span>
          )}
        </p>
      )}

      <section aria-labelledby="entries-h">
        <h2 id="entries-h">Your entries</h2>
        {entries.length === 0 ? (
          <p>No entries yet. The next time something stings more than the moment explains, write it down here.</p>
        ) : (
          <>
            {tags.length > 0 && (
              <div class="field inline-field">
                <label for="tag-filter">Show</label>
                <select id="tag-filter" value={tag} onChange={(e) => setTag(e.currentTarget.value)}>
                  <option value="">All entries</option>
                  {tags.map((t) => (
                    <option key={t} value={t}>
                      Tagged “{t}”
                    </option>
                  ))}
                </select>
              </div>
            )}
            <p class="meta" aria-live="polite">
              {tag
                ? `${count(shown.length, ['entry', 'entries'])} tagged “${tag}”.`
                : `${count(entries.length, ['entry', 'entries'])}${lockedCount ? `, ${lockedCount} locked` : ''}.`}
            </p>
            <ol class="entry-list" role="list">
              {shown.map(({ e, c }) => (
                <li key={e.id}>
                  <EntryCard
                    entry={e}
                    content={c}
                    onEdit={c ? () => setEditing({ id: e.id, content: c }) : undefined}
                    onDelete={
                      c || lock === 'off'
                        ? () => {
                            deleteJournalEntry(e.id);
                            setStatus('The entry was deleted.');
                          }
                        : undefined
                    }
                  />
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      {readable.some((x) => x.c) && <Patterns />}
    </div>
  );
}

function EntryCard({
  entry,
  content,
  onEdit,
  onDelete,
}: {
  entry: JournalEntry;
  content?: JournalContent;
  onEdit?: () => void;
  onDelete?: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const id = `entry-${entry.id}`;
  if (!content) {
    return (
      <article
        class="card entry locked"
        id={id}
        tabIndex={-1}
        aria-label={`Locked entry, ${formatDate(entry.createdAt)}`}
      >
        <p class="meta">{formatDate(entry.createdAt)}</p>
        <p>
          <LockIcon />
          Locked with your passphrase.
        </p>
      </article>
    );
  }
  return (
    <article class="card entry" id={id} tabIndex={-1} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>
        {formatDate(entry.createdAt)}
        <span class="intensity"> · intensity {content.intensity} of 10</span>
      </h3>
      <dl>
        {content.situation.trim() && (
          <>
            <dt>What happened</dt>
            <dd>{content.situation}</dd>
          </>
        )}
        {content.feelings.length > 0 && (
          <>
            <dt>What I felt</dt>
            <dd>{content.feelings.join(', ')}</dd>
          </>
        )}
        {content.body.length > 0 && (
          <>
            <dt>In my body</dt>
            <dd>{content.body.join(', ')}</dd>
          </>
        )}
        {content.reminds.trim() && (
          <>
            <dt>What it reminds me of</dt>
            <dd>{content.reminds}</dd>
          </>
        )}
        {content.needed.trim() && (
          <>
            <dt>What I needed underneath</dt>
            <dd>{content.needed}</dd>
          </>
        )}
        {content.request.trim() && (
          <>
            <dt>A request I could make</dt>
            <dd>{content.request}</dd>
          </>
        )}
      </dl>
      {content.tags.length > 0 && (
        <p class="tags">
          <span class="visually-hidden">Tags: </span>
          {content.tags.map((t) => (
            <span key={t} class="tag">
              {t}
            </span>
          ))}
        </p>
      )}
      <div class="entry-actions">
        {confirming ? (
          <div role="group" aria-label="Delete this entry?" class="confirm">
            <p>Delete this entry? This cannot be undone.</p>
            <button type="button" class="button danger" onClick={onDelete}>
              Delete it
            </button>
            <button type="button" class="button secondary" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        ) : (
          <>
            {onEdit && (
              <button type="button" class="button secondary" onClick={onEdit}>
                Edit<span class="visually-hidden"> the entry from {formatDate(entry.createdAt)}</span>
              </button>
            )}
            {onDelete && (
              <button type="button" class="button secondary" onClick={() => setConfirming(true)}>
                Delete<span class="visually-hidden"> the entry from {formatDate(entry.createdAt)}</span>
              </button>
            )}
          </>
        )}
      </div>
    </article>
  );
}

function EntryForm({
  initial,
  isNew,
  onSave,
  onCancel,
}: {
  initial: JournalContent;
  isNew: boolean;
  onSave: (c: JournalContent) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [c, setC] = useState<JournalContent>(initial);
  const [ownFeeling, setOwnFeeling] = useState('');
  const [ownBody, setOwnBody] = useState('');
  const [tagText, setTagText] = useState(initial.tags.join(', '));
  const [error, setError] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const set = (patch: Partial<JournalContent>) => setC((old) => ({ ...old, ...patch }));
  const addFeeling = (word: string) => set({ feelings: normaliseWords([...c.feelings, word], MAX_FEELINGS) });
  const removeFeeling = (word: string) => set({ feelings: c.feelings.filter((f) => f !== word) });
  const toggleBody = (signal: string, on: boolean) =>
    set({ body: on ? normaliseWords([...c.body, signal], MAX_BODY) : c.body.filter((b) => b !== signal) });
  const custom = c.body.filter((b) => !BODY_SIGNALS.includes(b));

  const submit = (e: Event) => {
    e.preventDefault();
    const pendingFeeling = ownFeeling.trim();
    const content: JournalContent = {
      ...c,
      situation: c.situation.trim(),
      reminds: c.reminds.trim(),
      needed: c.needed.trim(),
      request: c.request.trim(),
      feelings: pendingFeeling ? normaliseWords([...c.feelings, pendingFeeling], MAX_FEELINGS) : c.feelings,
      body: ownBody.trim() ? normaliseWords([...c.body, ownBody], MAX_BODY) : c.body,
      tags: normaliseTags(tagText),
    };
    if (!content.situation && content.feelings.length === 0) {
      setError('Write a few words about what happened, or choose a feeling, so there is something to look back on.');
      document.getElementById(`${id}-situation`)?.focus();
      return;
    }
    onSave(content);
  };

  return (
    <form class="card entry-form" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {isNew ? 'A new entry' : 'Edit this entry'}
      </h2>
      <p class="meta">Every question is optional. Write as much or as little as helps.</p>

      <div class="field">
        <label for={`${id}-situation`}>What happened?</label>
        <p class="hint" id={`${id}-situation-hint`}>
          Just the facts, as a camera would have seen them.
        </p>
        <textarea
          id={`${id}-situation`}
          rows={3}
          maxLength={2000}
          value={c.situation}
          aria-describedby={`${id}-situation-hint${error ? ` ${id}-err` : ''}`}
          onInput={(e) => set({ situation: e.currentTarget.value })}
        />
      </div>

      <fieldset>
        <legend>What did I feel?</legend>
        {c.feelings.length > 0 ? (
          <ul class="chosen" aria-label="Feelings chosen">
            {c.feelings.map((f) => (
              <li key={f}>
                <span>{f}</span>
                <button type="button" class="chip-remove" onClick={() => removeFeeling(f)} aria-label={`Remove ${f}`}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="meta">No feelings chosen yet.</p>
        )}
        <FeelingsPicker onPick={addFeeling} label="Choose feeling words" />
        <div class="field add-own">
          <label for={`${id}-feeling`}>Or add your own word</label>
          <div class="input-row">
            <input
              id={`${id}-feeling`}
              type="text"
              maxLength={40}
              value={ownFeeling}
              onInput={(e) => setOwnFeeling(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  if (ownFeeling.trim()) addFeeling(ownFeeling);
                  setOwnFeeling('');
                }
              }}
            />
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                if (ownFeeling.trim()) addFeeling(ownFeeling);
                setOwnFeeling('');
              }}
            >
              Add
            </button>
          </div>
        </div>
      </fieldset>

      <fieldset>
        <legend>Where did I feel it in my body?</legend>
        <div class="check-grid">
          {[...BODY_SIGNALS, ...custom].map((signal) => (
            <label key={signal} class="check">
              <input
                type="checkbox"
                checked={c.body.includes(signal)}
                onChange={(e) => toggleBody(signal, e.currentTarget.checked)}
              />
              {signal}
            </label>
          ))}
        </div>
        <div class="field add-own">
          <label for={`${id}-body`}>Something else</label>
          <input
            id={`${id}-body`}
            type="text"
            maxLength={40}
            value={ownBody}
            onInput={(e) => setOwnBody(e.currentTarget.value)}
          />
        </div>
      </fieldset>

      <div class="field">
        <label for={`${id}-intensity`}>How strong was it?</label>
        <div class="range-row">
          <span aria-hidden="true">0</span>
          <input
            id={`${id}-intensity`}
            type="range"
            min={0}
            max={10}
            step={1}
            value={c.intensity}
            aria-valuetext={`${c.intensity} of 10`}
            onInput={(e) => set({ intensity: Number(e.currentTarget.value) })}
          />
          <span aria-hidden="true">10</span>
          <output for={`${id}-intensity`} class="range-value">
            {c.intensity}
          </output>
        </div>
      </div>

      <div class="field">
        <label for={`${id}-reminds`}>What does it remind me of?</label>
        <p class="hint" id={`${id}-reminds-hint`}>
          A strong reaction often echoes an older hurt, sometimes from growing up. Whatever comes to mind.
        </p>
        <textarea
          id={`${id}-reminds`}
          rows={3}
          maxLength={2000}
          value={c.reminds}
          aria-describedby={`${id}-reminds-hint`}
          onInput={(e) => set({ reminds: e.currentTarget.value })}
        />
      </div>

      <div class="field">
        <label for={`${id}-needed`}>What did I need underneath?</label>
        <p class="hint" id={`${id}-needed-hint`}>
          Every frustration hides a wish. What were you longing for in that moment?
        </p>
        <textarea
          id={`${id}-needed`}
          rows={2}
          maxLength={2000}
          value={c.needed}
          aria-describedby={`${id}-needed-hint`}
          onInput={(e) => set({ needed: e.currentTarget.value })}
        />
      </div>

      <div class="field">
        <label for={`${id}-request`}>A request I could make (optional)</label>
        <p class="hint" id={`${id}-request-hint`}>
          Something specific, positive and doable your partner could say yes to.{' '}
          <a href="/practice/requests/">Practise turning a frustration into a request</a>.
        </p>
        <textarea
          id={`${id}-request`}
          rows={2}
          maxLength={1000}
          value={c.request}
          aria-describedby={`${id}-request-hint`}
          onInput={(e) => set({ request: e.currentTarget.value })}
        />
      </div>

      <div class="field">
        <label for={`${id}-tags`}>Tags</label>
        <p class="hint" id={`${id}-tags-hint`}>
          A few words to find it again, separated by commas: money, evenings, family.
        </p>
        <input
          id={`${id}-tags`}
          type="text"
          value={tagText}
          aria-describedby={`${id}-tags-hint`}
          onInput={(e) => setTagText(e.currentTarget.value)}
        />
      </div>

      <p id={`${id}-err`} class="form-error" role="alert">
        {error}
      </p>
      <div class="form-actions">
        <button type="submit" class="button">
          {isNew ? 'Save entry' : 'Save changes'}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function Patterns() {
  const journal = useArea($journal);
  const opened = useStore($opened);
  const p = journalPatterns(journal, opened);
  const series = p.intensity.slice(-20);
  return (
    <section aria-labelledby="patterns-h" class="patterns">
      <h2 id="patterns-h">Patterns</h2>
      <p class="meta">From {count(p.entries, ['entry', 'entries'])} you can read on this page.</p>
      <div class="dash-grid">
        <CountList title="Feelings that come up most" items={p.feelings} />
        <CountList title="Most used tags" items={p.tags} />
        <CountList title="Body signals" items={p.body} />
      </div>
      {series.length > 0 && (
        <LineChartFigure
          caption={
            series.length < p.intensity.length
              ? `Intensity of your last ${series.length} entries, oldest first.`
              : 'Intensity of each entry, oldest first.'
          }
          summary={`Intensity from 0 to 10, oldest first: ${series.map((s) => s.value).join(', ')}.`}
          data={series.map((s) => ({ label: formatShort(s.at), value: s.value }))}
          min={0}
          max={10}
          ticks={[0, 5, 10]}
          columns={['Entry', 'Intensity (0 to 10)']}
        />
      )}
    </section>
  );
}

function CountList({ title, items }: { title: string; items: { word: string; count: number }[] }) {
  const id = useId();
  return (
    <div class="card">
      <h3 id={id}>{title}</h3>
      {items.length > 0 ? (
        <ol class="count-list" aria-labelledby={id}>
          {items.map((i) => (
            <li key={i.word}>
              <span>{i.word}</span> <span class="meta">{count(i.count, ['time', 'times'])}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p class="meta">Nothing yet.</p>
      )}
    </div>
  );
}
