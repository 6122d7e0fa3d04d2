/**
 * "Did you mean": the site pages whose address is closest to an address that does not exist,
 * for the 404 page. Pure, so it is unit-tested and shipped to the browser as it is.
 */

export interface Candidate {
  href: string;
  title: string;
}

/** The words of a path: `/lessons/Mirorring-basics/` -> ['lessons', 'mirorring', 'basics']. */
export function words(path: string): string[] {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: use the path as it is.
  }
  return decoded
    .toLowerCase()
    .replace(/\.html?$/, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Edit distance between two short strings (insertions, deletions, substitutions). */
export function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Up to `max` candidates whose last path segment is close to the missing path's last segment
 * (a typo, a missing letter, an old name sharing words), best first. Nothing when no candidate
 * is reasonably close: a wrong guess is worse than none.
 */
export function suggest(path: string, candidates: Candidate[], max = 3): Candidate[] {
  const wanted = words(path);
  if (wanted.length === 0) return [];
  const last = wanted.filter((w) => !['lessons', 'modules', 'practice', 'index'].includes(w)).join('-');
  if (!last) return [];
  const scored = candidates.map((c) => {
    const segs = words(c.href);
    const whole = segs.filter((w) => !['lessons', 'modules', 'practice'].includes(w)).join('-');
    const d = distance(last, whole);
    const shared = new Set(wanted.filter((w) => w.length > 3 && segs.includes(w))).size;
    // Normalised: 0 is identical; a shared long word pulls a candidate closer.
    const score = d / Math.max(last.length, whole.length, 1) - shared * 0.25;
    return { c, score };
  });
  return scored
    .filter((s) => s.score <= 0.4)
    .sort((a, b) => a.score - b.score)
    .slice(0, max)
    .map((s) => s.c);
}
