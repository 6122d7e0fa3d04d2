/** Short descriptions of saved dialogues, for lists and the "saved" screen. */
import type { DialogueRecord } from '../practice/dialogues';

export type MarkCounts = Record<'got-it' | 'partly' | 'missed', number>;

/** How the mirrors landed over the whole dialogue. */
export function markCounts(record: Pick<DialogueRecord, 'turns'>): MarkCounts {
  const out: MarkCounts = { 'got-it': 0, partly: 0, missed: 0 };
  for (const t of record.turns) for (const m of t.marks) out[m]++;
  return out;
}

/** “3 got it, 1 partly”, or “no mirrors marked”. Never a score: just what happened. */
export function describeMarks(c: MarkCounts): string {
  const parts = [
    c['got-it'] ? `${c['got-it']} got it` : '',
    c.partly ? `${c.partly} partly` : '',
    c.missed ? `${c.missed} missed` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no mirrors marked';
}

/** Who sent, in order: “Robin”, or “Robin, then Kai”. */
export function describeSenders(record: Pick<DialogueRecord, 'turns' | 'partners'>): string {
  const names = record.turns.map((t) => record.partners[t.sender]);
  return names.filter((n, i) => n !== names[i - 1]).join(', then ') || 'nobody yet';
}
