/** The journal's patterns view: what comes up most often, and how strong it felt over time. */
import { entryContent, type Journal } from './journal';

export interface Count {
  word: string;
  count: number;
}

/** The most frequent words across lists (case-insensitive, shown as first written), most frequent first. */
export function topCounts(lists: readonly (readonly string[])[], n = 5): Count[] {
  const counts = new Map<string, Count>();
  for (const list of lists) {
    const seen = new Set<string>();
    for (const w of list) {
      const key = w.trim().toLowerCase();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const c = counts.get(key);
      if (c) c.count++;
      else counts.set(key, { word: w.trim(), count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.word.localeCompare(b.word)).slice(0, n);
}

export interface JournalPatterns {
  /** Entries that could be read (locked ones are left out). */
  entries: number;
  feelings: Count[];
  tags: Count[];
  body: Count[];
  /** Intensity of each readable entry, oldest first. */
  intensity: { at: string; value: number }[];
}

export function journalPatterns(j: Journal, opened: ReadonlyMap<string, unknown>, n = 5): JournalPatterns {
  const open = j.entries
    .map((e) => ({ e, c: entryContent(e, opened) }))
    .filter((x): x is { e: (typeof j.entries)[number]; c: NonNullable<ReturnType<typeof entryContent>> } => !!x.c)
    .sort((a, b) => a.e.createdAt.localeCompare(b.e.createdAt));
  return {
    entries: open.length,
    feelings: topCounts(
      open.map((x) => x.c.feelings),
      n,
    ),
    tags: topCounts(
      open.map((x) => x.c.tags),
      n,
    ),
    body: topCounts(
      open.map((x) => x.c.body),
      n,
    ),
    intensity: open.map((x) => ({ at: x.e.createdAt, value: x.c.intensity })),
  };
}
