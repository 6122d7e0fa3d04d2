import { useStore } from '@nanostores/preact';
import { useId, useState } from 'preact/hooks';
import { $lockState, lockNow, unlock } from '../../../stores/lock';
import { LockIcon } from './LockIcon';

interface Props {
  /** What the lock keeps private here, e.g. "your journal entries". */
  what: string;
}

/**
 * Shown where locked entries would be: an unlock form while locked, a "lock again" button while
 * unlocked, nothing when there is no lock.
 */
export function LockGate({ what }: Props) {
  const state = useStore($lockState);
  if (state === 'off') return null;
  if (state === 'unlocked') {
    return (
      <div class="lock-bar">
        <p>
          <LockIcon open />
          Unlocked on this page. Leaving or reloading the page locks it again.
        </p>
        <button type="button" class="button secondary" onClick={() => lockNow()}>
          Lock now
        </button>
      </div>
    );
  }
  return <UnlockForm what={what} />;
}

export function UnlockForm({ what }: Props) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError('');
    const result = await unlock(passphrase);
    setBusy(false);
    if (result.ok) setPassphrase('');
    else setError(result.message);
  };

  return (
    <form class="card lock-card" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        <LockIcon />
        Locked
      </h2>
      <p>Enter your passphrase to read {what} on this page.</p>
      <div class="field">
        <label for={`${id}-pass`}>Passphrase</label>
        <input
          id={`${id}-pass`}
          type="password"
          autocomplete="current-password"
          value={passphrase}
          onInput={(e) => setPassphrase(e.currentTarget.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-err` : undefined}
          required
        />
      </div>
      <p id={`${id}-err`} class="form-error" role="alert">
        {error}
      </p>
      <button type="submit" class="button" disabled={busy}>
        {busy ? 'Unlocking…' : 'Unlock'}
      </button>
    </form>
  );
}
