import { useStore } from '@nanostores/preact';
import { useId, useRef, useState } from 'preact/hooks';
import { MIN_PASSPHRASE } from '../../../lib/practice/lock';
import { AREAS } from '../../../lib/practice/registry';
import {
  checkImportSize,
  describePreview,
  exportFileName,
  parseImport,
  type AreaPreview,
  type ImportMode,
  type ParsedImport,
} from '../../../lib/practice/transfer';
import {
  deleteEverything,
  exportAll,
  importAll,
  listBackups,
  previewFor,
  removeBackup,
  type Backup,
} from '../../../stores/data';
import {
  $lockState,
  $settings,
  $unreadable,
  changePassphrase,
  forgetLock,
  lockNow,
  removeLock,
  setLock,
} from '../../../stores/lock';
import { useArea } from '../useArea';
import { useMounted } from '../useMounted';
import { count, download, formatDate } from './format';
import { UnlockForm } from './LockGate';
import { LockIcon } from './LockIcon';

/** Export, import, the lock, set-aside copies and deleting everything. */
export default function DataManager() {
  const mounted = useMounted();
  if (!mounted) return <p class="meta">Loading…</p>;
  return (
    <div class="data-manager">
      <ExportSection />
      <ImportSection />
      <LockSection />
      <SetAside />
      <DeleteSection />
    </div>
  );
}

function ExportSection() {
  const [status, setStatus] = useState('');
  const lock = useStore($lockState);
  return (
    <section class="card" aria-labelledby="export-h">
      <h2 id="export-h">Export a copy</h2>
      <p>
        One file with everything: lesson progress, drill practice, dialogues, journal, appreciations, schedule and the
        lock. Keep it somewhere safe; it is yours.
      </p>
      {lock !== 'off' && (
        <p>Locked entries stay locked in the file. Reading them after an import needs your passphrase.</p>
      )}
      <p>
        <button
          type="button"
          class="button"
          onClick={() => {
            const now = new Date();
            download(exportFileName(now), 'application/json', JSON.stringify(exportAll(now), null, 2));
            setStatus(`Exported on ${formatDate(now)}.`);
          }}
        >
          Download everything (.json)
        </button>
      </p>
      <p class="meta" role="status">
        {status}
      </p>
    </section>
  );
}

type ImportState =
  | { step: 'choose' }
  | { step: 'error'; message: string }
  | { step: 'preview'; file: ParsedImport; name: string; preview: AreaPreview[] }
  | { step: 'done'; message: string };

function ImportSection() {
  const id = useId();
  const [state, setState] = useState<ImportState>({ step: 'choose' });
  const [mode, setMode] = useState<ImportMode>('add');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const tooBig = checkImportSize(file.size);
    if (tooBig && !tooBig.ok) {
      setState({ step: 'error', message: tooBig.message });
      return;
    }
    const result = parseImport(await file.text(), AREAS);
    if (!result.ok) {
      setState({ step: 'error', message: result.message });
      return;
    }
    setMode('add');
    setState({ step: 'preview', file: result.file, name: file.name, preview: previewFor(result.file) });
    requestAnimationFrame(() => previewHeading.current?.focus());
  };

  const reset = () => {
    setState({ step: 'choose' });
    if (input.current) input.current.value = '';
  };

  const confirm = async () => {
    if (state.step !== 'preview') return;
    setBusy(true);
    const result = await importAll(state.file, mode);
    setBusy(false);
    if (input.current) input.current.value = '';
    setState(
      result.ok
        ? {
            step: 'done',
            message:
              mode === 'replace'
                ? 'Imported. This device now holds exactly what the file holds.'
                : 'Imported. The file’s entries were added to what was here.',
          }
        : { step: 'error', message: result.message },
    );
  };

  return (
    <section class="card" aria-labelledby="import-h">
      <h2 id="import-h">Import a copy</h2>
      <p>Bring back an export from this or another device. You will see what changes before anything does.</p>
      <div class="field">
        <label for={`${id}-file`}>Export file</label>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
        />
      </div>
      <div role="alert" class="import-alert">
        {state.step === 'error' && <p class="form-error">{state.message}</p>}
      </div>
      <p role="status" class="meta">
        {state.step === 'done' ? state.message : ''}
      </p>
      {state.step === 'preview' && (
        <div class="import-preview">
          <h3 ref={previewHeading} tabIndex={-1}>
            What importing “{state.name}” will do
          </h3>
          {state.file.exportedAt && <p class="meta">Exported on {formatDate(state.file.exportedAt)}.</p>}
          <fieldset>
            <legend>How to import</legend>
            <label class="check">
              <input type="radio" name={`${id}-mode`} checked={mode === 'add'} onChange={() => setMode('add')} />
              Add to what is here (an entry in both is replaced by the file’s)
            </label>
            <label class="check">
              <input
                type="radio"
                name={`${id}-mode`}
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
              />
              Replace everything here with the file
            </label>
          </fieldset>
          <PreviewList preview={state.preview} mode={mode} />
          <details class="chart-table">
            <summary>Show the numbers</summary>
            <div class="table-scroll" tabIndex={0} role="region" aria-label="What changes, part by part">
              <table class="preview-table">
                <caption class="visually-hidden">Changes by part of your practice</caption>
                <thead>
                  <tr>
                    <th scope="col">Part</th>
                    <th scope="col">New</th>
                    <th scope="col">Replaced</th>
                    <th scope="col">Same</th>
                    <th scope="col">{mode === 'add' ? 'Only here: kept' : 'Only here: removed'}</th>
                  </tr>
                </thead>
                <tbody>
                  {state.preview.map((p) => (
                    <tr key={p.key}>
                      <th scope="row">{p.title[0]!.toUpperCase() + p.title.slice(1)}</th>
                      <td>{p.added}</td>
                      <td>{p.replaced}</td>
                      <td>{p.unchanged}</td>
                      <td class={mode === 'replace' && p.onlyHere > 0 ? 'removes' : undefined}>{p.onlyHere}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
          {state.file.skipped.length > 0 && (
            <p class="meta">
              {count(state.file.skipped.length, ['part', 'parts'])} of the file came from a newer version of the site
              and will be left out.
            </p>
          )}
          {mode === 'replace' && state.preview.some((p) => p.onlyHere > 0) && (
            <p class="warn-text">
              Replacing removes{' '}
              {count(
                state.preview.reduce((s, p) => s + p.onlyHere, 0),
                ['item', 'items'],
              )}{' '}
              that are only on this device.
            </p>
          )}
          <div class="form-actions">
            <button type="button" class="button" disabled={busy} onClick={() => void confirm()}>
              {mode === 'replace' ? 'Replace with the file' : 'Import'}
            </button>
            <button type="button" class="button secondary" onClick={reset}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function PreviewList({ preview, mode }: { preview: AreaPreview[]; mode: ImportMode }) {
  const { changes, same } = describePreview(preview, mode);
  return (
    <>
      {changes.length > 0 ? (
        <ul class="preview-list">
          {changes.map((c) => (
            <li key={c} class={mode === 'replace' && c.includes('removed') ? 'warn-text' : undefined}>
              {c}
            </li>
          ))}
        </ul>
      ) : (
        <p>Nothing would change: this device already holds everything in the file.</p>
      )}
      {same.length > 0 && changes.length > 0 && <p class="meta">No change to your {same.join(', ')}.</p>}
      {mode === 'add' && preview.some((p) => p.onlyHere > 0) && (
        <p class="meta">Everything that is only on this device stays.</p>
      )}
    </>
  );
}

function LockSection() {
  const lock = useStore($lockState);
  const settings = useArea($settings);
  const unreadable = useStore($unreadable);
  return (
    <section class="card" aria-labelledby="lock-h" id="lock">
      <h2 id="lock-h">Lock your journal and reflections</h2>
      {lock === 'off' && <SetLockForm />}
      {lock !== 'off' && (
        <p>
          <LockIcon open={lock === 'unlocked'} />
          Your journal entries and dialogue reflections are locked with a passphrase
          {settings.lock ? ` (set on ${formatDate(settings.lock.createdAt)})` : ''}. They open only on the page where
          you enter it, and lock again when you leave or reload.
        </p>
      )}
      {lock === 'locked' && (
        <>
          <UnlockForm what="them and manage the lock" />
          <ForgotPassphrase />
        </>
      )}
      {lock === 'unlocked' && (
        <>
          {unreadable > 0 && (
            <p class="warn-text">
              {count(unreadable, ['entry was', 'entries were'])} locked with a different passphrase and cannot be opened
              here.
            </p>
          )}
          <p>
            <button type="button" class="button secondary" onClick={() => lockNow()}>
              Lock now
            </button>
          </p>
          <ChangePassphraseForm />
          <RemoveLockForm />
        </>
      )}
    </section>
  );
}

function SetLockForm() {
  const id = useId();
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (pass.length < MIN_PASSPHRASE) return setError(`Please use at least ${MIN_PASSPHRASE} characters.`);
    if (pass !== again) return setError('The two passphrases are not the same. Please type them again.');
    if (!understood) return setError('Please tick the box to say you understand what happens if it is forgotten.');
    setError('');
    setBusy(true);
    const result = await setLock(pass);
    setBusy(false);
    if (!result.ok) setError(result.message);
    else {
      setPass('');
      setAgain('');
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <p>
        On a shared phone or computer, a passphrase keeps your journal entries and the reflections from your dialogues
        private. Everything else stays readable. New entries are locked as you save them.
      </p>
      <div class="callout warn" id={`${id}-warn`}>
        <p>
          <strong>If you forget the passphrase, your locked entries cannot be read by anyone, including you.</strong> It
          is never stored or sent anywhere, so there is no way to reset it. Choose one you will remember, or write it
          down somewhere safe.
        </p>
      </div>
      <div class="field">
        <label for={`${id}-pass`}>Passphrase</label>
        <p class="hint" id={`${id}-hint`}>
          At least {MIN_PASSPHRASE} characters. A few unrelated words are easy to remember and hard to guess.
        </p>
        <input
          id={`${id}-pass`}
          type="password"
          autocomplete="new-password"
          minLength={MIN_PASSPHRASE}
          value={pass}
          aria-describedby={`${id}-hint`}
          onInput={(e) => setPass(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={`${id}-again`}>The same passphrase again</label>
        <input
          id={`${id}-again`}
          type="password"
          autocomplete="new-password"
          value={again}
          onInput={(e) => setAgain(e.currentTarget.value)}
        />
      </div>
      <label class="check">
        <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.currentTarget.checked)} />I
        understand that a forgotten passphrase means my locked entries are gone for good.
      </label>
      <p class="form-error" role="alert">
        {error}
      </p>
      <button type="submit" class="button" disabled={busy}>
        {busy ? 'Locking…' : 'Lock my journal and reflections'}
      </button>
    </form>
  );
}

function ChangePassphraseForm() {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [old, setOld] = useState('');
  const [next, setNext] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  if (!open) {
    return (
      <p>
        <button type="button" class="button secondary" onClick={() => setOpen(true)}>
          Change the passphrase
        </button>
        <span class="meta" role="status">
          {' '}
          {message}
        </span>
      </p>
    );
  }
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const r = await changePassphrase(old, next);
    setBusy(false);
    if (!r.ok) return setError(r.message);
    setOpen(false);
    setOld('');
    setNext('');
    setError('');
    setMessage('The passphrase is changed.');
  };
  return (
    <form onSubmit={submit} noValidate class="sub-form">
      <h3>Change the passphrase</h3>
      <div class="field">
        <label for={`${id}-old`}>Current passphrase</label>
        <input
          id={`${id}-old`}
          type="password"
          autocomplete="current-password"
          value={old}
          onInput={(e) => setOld(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={`${id}-new`}>New passphrase</label>
        <input
          id={`${id}-new`}
          type="password"
          autocomplete="new-password"
          value={next}
          onInput={(e) => setNext(e.currentTarget.value)}
        />
      </div>
      <p class="form-error" role="alert">
        {error}
      </p>
      <div class="form-actions">
        <button type="submit" class="button" disabled={busy}>
          {busy ? 'Changing…' : 'Change it'}
        </button>
        <button type="button" class="button secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function RemoveLockForm() {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [pass, setPass] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  if (!open) {
    return (
      <p>
        <button type="button" class="button secondary" onClick={() => setOpen(true)}>
          Remove the lock
        </button>
      </p>
    );
  }
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const r = await removeLock(pass);
    setBusy(false);
    if (!r.ok) setError(r.message);
  };
  return (
    <form onSubmit={submit} noValidate class="sub-form">
      <h3>Remove the lock</h3>
      <p>Your entries will be stored readable again, for anyone using this browser.</p>
      <div class="field">
        <label for={`${id}-pass`}>Passphrase</label>
        <input
          id={`${id}-pass`}
          type="password"
          autocomplete="current-password"
          value={pass}
          onInput={(e) => setPass(e.currentTarget.value)}
        />
      </div>
      <p class="form-error" role="alert">
        {error}
      </p>
      <div class="form-actions">
        <button type="submit" class="button" disabled={busy}>
          {busy ? 'Removing…' : 'Remove the lock'}
        </button>
        <button type="button" class="button secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ForgotPassphrase() {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <p>
        <button type="button" class="button secondary" onClick={() => setOpen(true)}>
          I have forgotten the passphrase
        </button>
      </p>
    );
  }
  return (
    <div class="sub-form" role="group" aria-labelledby="forgot-h">
      <h3 id="forgot-h">A forgotten passphrase</h3>
      <p>
        Locked entries cannot be opened without it, by anyone. You can delete them and remove the lock, so you can start
        again. Your progress, drills, dialogues (without their reflections), appreciations and schedule are kept.
      </p>
      <div class="form-actions">
        <button type="button" class="button danger" onClick={() => forgetLock()}>
          Delete the locked entries and the lock
        </button>
        <button type="button" class="button secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function SetAside() {
  const [backups, setBackups] = useState<Backup[]>(() => listBackups());
  if (backups.length === 0) return null;
  return (
    <section class="card" aria-labelledby="set-aside" id="set-aside">
      <h2 id="set-aside" tabIndex={-1}>
        Copies set aside
      </h2>
      <p>
        When saved data could not be read in full, everything readable was kept and the damaged original was set aside
        here. You can download it (for example to show someone who can help) or remove it.
      </p>
      <ul class="plain-list">
        {backups.map((b) => (
          <li key={b.key} class="backup-row">
            <span>Your {b.title}</span>
            <button
              type="button"
              class="button secondary small"
              onClick={() => download(`${b.key.replace(':', '-')}-set-aside.txt`, 'text/plain', b.raw)}
            >
              Download<span class="visually-hidden"> the set-aside copy of your {b.title}</span>
            </button>
            <button
              type="button"
              class="button secondary small"
              onClick={() => {
                removeBackup(b.key);
                setBackups(listBackups());
              }}
            >
              Remove<span class="visually-hidden"> the set-aside copy of your {b.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function DeleteSection() {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  return (
    <section class="card danger-zone" aria-labelledby="delete-h">
      <h2 id="delete-h">Delete everything</h2>
      <p>
        Removes all of your practice from this browser: progress, drills, dialogues, journal, appreciations, schedule
        and the lock. It cannot be undone. Export a copy first if you might want it back.
      </p>
      {confirming ? (
        <div role="group" aria-labelledby="delete-q" class="confirm">
          <p id="delete-q">
            <strong>Delete everything on this device now?</strong>
          </p>
          <button
            ref={confirmButton}
            type="button"
            class="button danger"
            onClick={() => {
              deleteEverything();
              setConfirming(false);
              setDone(true);
            }}
          >
            Yes, delete everything
          </button>
          <button type="button" class="button secondary" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <p>
          <button
            type="button"
            class="button danger"
            onClick={() => {
              setDone(false);
              setConfirming(true);
              requestAnimationFrame(() => confirmButton.current?.focus());
            }}
          >
            Delete everything…
          </button>
        </p>
      )}
      <p role="status" class="meta">
        {done ? 'Everything was deleted from this browser.' : ''}
      </p>
    </section>
  );
}
