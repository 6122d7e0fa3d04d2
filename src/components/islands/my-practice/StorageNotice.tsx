import { useStore } from '@nanostores/preact';
import { $storageProblems, dismissStorageProblems } from '../../../stores/persist';
import { listBackups } from '../../../stores/backups';
import { useMounted } from '../useMounted';

interface Props {
  /** On the data page the set-aside copies are listed in full, so only a short note is shown. */
  onDataPage?: boolean;
}

/** Tells the person when stored data was damaged, set aside, or could not be saved. */
export default function StorageNotice({ onDataPage = false }: Props) {
  const mounted = useMounted();
  const problems = useStore($storageProblems);
  if (!mounted) return null;
  const backups = listBackups();
  if (problems.length === 0 && backups.length === 0) return null;
  return (
    <div class="callout warn storage-notice" role="status">
      <h2>Something needs your attention</h2>
      {problems.length > 0 && (
        <ul>
          {problems.map((p) => (
            <li key={p.key + p.message}>{p.message}</li>
          ))}
        </ul>
      )}
      {backups.length > 0 && problems.length === 0 && (
        <p>
          A damaged copy of your {backups.map((b) => b.title).join(', ')} was set aside. Everything that could be read
          is in place.
        </p>
      )}
      <p class="notice-actions">
        {!onDataPage && backups.length > 0 && (
          <a href="/my-practice/data/#set-aside">See the copy that was set aside</a>
        )}
        {problems.length > 0 && (
          <button type="button" class="button secondary" onClick={() => dismissStorageProblems()}>
            Dismiss
          </button>
        )}
      </p>
    </div>
  );
}
