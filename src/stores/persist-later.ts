/**
 * The parts of persist.ts a page needs only after it has loaded (loaded lazily, so pages that
 * merely save a little carry less script): cross-tab merging and the storage availability check.
 */
export { mergeArea } from '../lib/practice/merge';

/** Message when this browser will not let the site save anything. */
const UNAVAILABLE =
  'This browser is not letting the site save anything (private browsing or a privacy setting can do this). What you do here lasts until you close this tab. Export your data to keep it.';

/** Checks that localStorage can be written; reports a problem (full, or unavailable) if not. */
export function probeStorage(report: (message: string, full: boolean) => void): void {
  try {
    const probe = 'imago:probe';
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
  } catch (e) {
    const full =
      e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');
    report(UNAVAILABLE, full);
  }
}
